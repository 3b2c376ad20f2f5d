/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RegisterOrgDocument,
    "\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UpdateOrgDocument,
    "\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n": typeof types.ReadOrgDocument,
    "query OrgCount { organizations { totalCount } }": typeof types.OrgCountDocument,
    "\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n": typeof types.KitRegisterOrganizationDocument,
    "\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n": typeof types.KitCreateResourceDocument,
    "\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n": typeof types.KitPublishResourceDocument,
};
const documents: Documents = {
    "\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n": types.RegisterOrgDocument,
    "\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n": types.UpdateOrgDocument,
    "\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n": types.ReadOrgDocument,
    "query OrgCount { organizations { totalCount } }": types.OrgCountDocument,
    "\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n": types.KitRegisterOrganizationDocument,
    "\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n": types.KitCreateResourceDocument,
    "\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n": types.KitPublishResourceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n"): (typeof documents)["\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgCount { organizations { totalCount } }"): (typeof documents)["query OrgCount { organizations { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;