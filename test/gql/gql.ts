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
    "\n  query AuthViewer {\n    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }\n  }\n": typeof types.AuthViewerDocument,
    "query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }": typeof types.AuthHolidaysDocument,
    "\n  mutation AuthSetHolidays($input: SetHolidaysInput!) {\n    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }\n  }\n": typeof types.AuthSetHolidaysDocument,
    "\n  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }\n": typeof types.AuthHolidayEventsDocument,
    "\n  mutation AvailReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) {\n      observation { id freeCount observedAt source resource { id } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AvailReportDocument,
    "\n  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) {\n      observations { id freeCount observedAt resource { id } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AvailReportManyDocument,
    "\n  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }\n": typeof types.AvailReadDocument,
    "\n  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }\n": typeof types.AvailWithdrawDocument,
    "\n  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {\n    events(after: $after, first: $first, filter: $filter) {\n      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.EvtReadDocument,
    "\n  mutation EvtRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n": typeof types.EvtRegisterDocument,
    "\n  query HttpTooDeep {\n    district {\n      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }\n    }\n  }\n": typeof types.HttpTooDeepDocument,
    "\n  query HttpTooCostly {\n    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }\n  }\n": typeof types.HttpTooCostlyDocument,
    "\n  query HttpTooCostlyByVariables($n: Int) {\n    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }\n  }\n": typeof types.HttpTooCostlyByVariablesDocument,
    "\n  query HttpAreasPage($first: Int, $last: Int, $after: String) {\n    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }\n  }\n": typeof types.HttpAreasPageDocument,
    "query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }": typeof types.HttpOrganizationCursorDocument,
    "query HttpAreaById($id: ID!) { area(id: $id) { id name } }": typeof types.HttpAreaByIdDocument,
    "query HttpNodeById($id: ID!) { node(id: $id) { id } }": typeof types.HttpNodeByIdDocument,
    "query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.HttpNodesByIdsDocument,
    "\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RegisterOrgDocument,
    "\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UpdateOrgDocument,
    "\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n": typeof types.ReadOrgDocument,
    "query OrgCount { organizations { totalCount } }": typeof types.OrgCountDocument,
    "\n  query ReadNested($first: Int!) {\n    resources(first: $first, orderBy: TITLE) {\n      edges {\n        cursor\n        node {\n          id title kind capacity location { lat lng } latestAvailability { freeCount }\n          organization { id name kind area { name } }\n          area { id name parent { id name kind } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ReadNestedDocument,
    "\n  query ReadById($id: ID!) {\n    resource(id: $id) { id title organization { name } area { name parent { name } } }\n    node(id: $id) { ... on Resource { title organization { name } } }\n  }\n": typeof types.ReadByIdDocument,
    "\n  query SearchOpenAt($filter: ResourceFilter) {\n    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n": typeof types.SearchOpenAtDocument,
    "\n  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {\n    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }\n    resource(id: $id) { id isOpenNow nextOpenAt }\n  }\n": typeof types.SearchOpenNowDocument,
    "\n  mutation SearchOpenCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": typeof types.SearchOpenCreateDocument,
    "\n  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }\n": typeof types.SearchOpenPublishDocument,
    "\n  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }\n": typeof types.SearchSetHolidaysDocument,
    "\n  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor distanceMeters node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SearchOrganizationResources($id: ID!, $after: String) {\n    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }\n  }\n": typeof types.SearchOrganizationResourcesDocument,
    "\n  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges { distanceMeters node { id title status location { lat lng } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchFindDocument,
    "\n  query SearchLatest($filter: ResourceFilter) {\n    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }\n  }\n": typeof types.SearchLatestDocument,
    "\n  mutation SearchCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": typeof types.SearchCreateDocument,
    "\n  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }\n": typeof types.SearchPublishDocument,
    "\n  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }\n": typeof types.SearchPauseDocument,
    "\n  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }\n": typeof types.SearchReportDocument,
    "\n  mutation ResCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }\n        windows { days dayType start end }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ResCreateDocument,
    "\n  mutation ResUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }\n  }\n": typeof types.ResUpdateDocument,
    "\n  mutation ResPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": typeof types.ResPublishDocument,
    "\n  mutation ResPause($input: ResourceStatusInput!) {\n    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": typeof types.ResPauseDocument,
    "\n  mutation ResWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": typeof types.ResWithdrawDocument,
    "query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }": typeof types.ResReadDocument,
    "\n  query ResSeen($id: ID!, $org: ID!) {\n    resource(id: $id) { id }\n    node(id: $id) { id }\n    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }\n  }\n": typeof types.ResSeenDocument,
    "query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }": typeof types.ResStampsDocument,
    "query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }": typeof types.ResCountDocument,
    "\n  query SeedTree {\n    district { name kind children(first: 10) { totalCount } }\n    streets: areas(kind: STREET) { totalCount }\n    communities: areas(kind: COMMUNITY) { totalCount }\n    grids: areas(kind: GRID) { totalCount }\n    buildings: areas(kind: BUILDING) { totalCount }\n    organizations { totalCount }\n  }\n": typeof types.SeedTreeDocument,
    "\n  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }\n": typeof types.SeedStatisticsDocument,
    "\n  query SeedStreetStatistics {\n    district { resourceStatistics { kind resourceCount totalCapacity } }\n    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }\n  }\n": typeof types.SeedStreetStatisticsDocument,
    "\n  query SeedHolidays { holidays(from: \"2026-01-01\", to: \"2027-12-31\") { date kind name } }\n": typeof types.SeedHolidaysDocument,
    "\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n": typeof types.KitRegisterOrganizationDocument,
    "\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n": typeof types.KitCreateResourceDocument,
    "\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n": typeof types.KitPublishResourceDocument,
    "\n  query KitEventsOf($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }\n  }\n": typeof types.KitEventsOfDocument,
};
const documents: Documents = {
    "\n  query AuthViewer {\n    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }\n  }\n": types.AuthViewerDocument,
    "query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }": types.AuthHolidaysDocument,
    "\n  mutation AuthSetHolidays($input: SetHolidaysInput!) {\n    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }\n  }\n": types.AuthSetHolidaysDocument,
    "\n  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }\n": types.AuthHolidayEventsDocument,
    "\n  mutation AvailReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) {\n      observation { id freeCount observedAt source resource { id } }\n      userErrors { code field message }\n    }\n  }\n": types.AvailReportDocument,
    "\n  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) {\n      observations { id freeCount observedAt resource { id } }\n      userErrors { code field message }\n    }\n  }\n": types.AvailReportManyDocument,
    "\n  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }\n": types.AvailReadDocument,
    "\n  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }\n": types.AvailWithdrawDocument,
    "\n  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {\n    events(after: $after, first: $first, filter: $filter) {\n      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.EvtReadDocument,
    "\n  mutation EvtRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n": types.EvtRegisterDocument,
    "\n  query HttpTooDeep {\n    district {\n      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }\n    }\n  }\n": types.HttpTooDeepDocument,
    "\n  query HttpTooCostly {\n    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }\n  }\n": types.HttpTooCostlyDocument,
    "\n  query HttpTooCostlyByVariables($n: Int) {\n    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }\n  }\n": types.HttpTooCostlyByVariablesDocument,
    "\n  query HttpAreasPage($first: Int, $last: Int, $after: String) {\n    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }\n  }\n": types.HttpAreasPageDocument,
    "query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }": types.HttpOrganizationCursorDocument,
    "query HttpAreaById($id: ID!) { area(id: $id) { id name } }": types.HttpAreaByIdDocument,
    "query HttpNodeById($id: ID!) { node(id: $id) { id } }": types.HttpNodeByIdDocument,
    "query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.HttpNodesByIdsDocument,
    "\n  mutation RegisterOrg($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization { id name kind version address contactName contactPhone location { lat lng } area { id name } }\n      userErrors { code field message }\n    }\n  }\n": types.RegisterOrgDocument,
    "\n  mutation UpdateOrg($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization { id name version description }\n      userErrors { code field message }\n    }\n  }\n": types.UpdateOrgDocument,
    "\n  query ReadOrg($id: ID!) {\n    organization(id: $id) { id name version contactName contactPhone }\n  }\n": types.ReadOrgDocument,
    "query OrgCount { organizations { totalCount } }": types.OrgCountDocument,
    "\n  query ReadNested($first: Int!) {\n    resources(first: $first, orderBy: TITLE) {\n      edges {\n        cursor\n        node {\n          id title kind capacity location { lat lng } latestAvailability { freeCount }\n          organization { id name kind area { name } }\n          area { id name parent { id name kind } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ReadNestedDocument,
    "\n  query ReadById($id: ID!) {\n    resource(id: $id) { id title organization { name } area { name parent { name } } }\n    node(id: $id) { ... on Resource { title organization { name } } }\n  }\n": types.ReadByIdDocument,
    "\n  query SearchOpenAt($filter: ResourceFilter) {\n    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n": types.SearchOpenAtDocument,
    "\n  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {\n    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }\n    resource(id: $id) { id isOpenNow nextOpenAt }\n  }\n": types.SearchOpenNowDocument,
    "\n  mutation SearchOpenCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": types.SearchOpenCreateDocument,
    "\n  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }\n": types.SearchOpenPublishDocument,
    "\n  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }\n": types.SearchSetHolidaysDocument,
    "\n  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor distanceMeters node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SearchOrganizationResources($id: ID!, $after: String) {\n    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }\n  }\n": types.SearchOrganizationResourcesDocument,
    "\n  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges { distanceMeters node { id title status location { lat lng } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchFindDocument,
    "\n  query SearchLatest($filter: ResourceFilter) {\n    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }\n  }\n": types.SearchLatestDocument,
    "\n  mutation SearchCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n": types.SearchCreateDocument,
    "\n  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }\n": types.SearchPublishDocument,
    "\n  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }\n": types.SearchPauseDocument,
    "\n  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }\n": types.SearchReportDocument,
    "\n  mutation ResCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }\n        windows { days dayType start end }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.ResCreateDocument,
    "\n  mutation ResUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }\n  }\n": types.ResUpdateDocument,
    "\n  mutation ResPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": types.ResPublishDocument,
    "\n  mutation ResPause($input: ResourceStatusInput!) {\n    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": types.ResPauseDocument,
    "\n  mutation ResWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n": types.ResWithdrawDocument,
    "query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }": types.ResReadDocument,
    "\n  query ResSeen($id: ID!, $org: ID!) {\n    resource(id: $id) { id }\n    node(id: $id) { id }\n    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }\n  }\n": types.ResSeenDocument,
    "query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }": types.ResStampsDocument,
    "query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }": types.ResCountDocument,
    "\n  query SeedTree {\n    district { name kind children(first: 10) { totalCount } }\n    streets: areas(kind: STREET) { totalCount }\n    communities: areas(kind: COMMUNITY) { totalCount }\n    grids: areas(kind: GRID) { totalCount }\n    buildings: areas(kind: BUILDING) { totalCount }\n    organizations { totalCount }\n  }\n": types.SeedTreeDocument,
    "\n  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }\n": types.SeedStatisticsDocument,
    "\n  query SeedStreetStatistics {\n    district { resourceStatistics { kind resourceCount totalCapacity } }\n    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }\n  }\n": types.SeedStreetStatisticsDocument,
    "\n  query SeedHolidays { holidays(from: \"2026-01-01\", to: \"2027-12-31\") { date kind name } }\n": types.SeedHolidaysDocument,
    "\n  mutation KitRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id version } userErrors { code field message } }\n  }\n": types.KitRegisterOrganizationDocument,
    "\n  mutation KitCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id version status } userErrors { code field message } }\n  }\n": types.KitCreateResourceDocument,
    "\n  mutation KitPublishResource($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id version status } userErrors { code } }\n  }\n": types.KitPublishResourceDocument,
    "\n  query KitEventsOf($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }\n  }\n": types.KitEventsOfDocument,
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
export function graphql(source: "\n  query AuthViewer {\n    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }\n  }\n"): (typeof documents)["\n  query AuthViewer {\n    viewer { isAnonymous accountId role expiresAt capabilities area { id kind } organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }"): (typeof documents)["query AuthHolidays($from: String!, $to: String!) { holidays(from: $from, to: $to) { date kind name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSetHolidays($input: SetHolidaysInput!) {\n    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AuthSetHolidays($input: SetHolidaysInput!) {\n    setHolidays(input: $input) { holidays { date kind name } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }\n"): (typeof documents)["\n  query AuthHolidayEvents { events(filter: { types: [HOLIDAYS_SET] }) { edges { node { type subjectId data } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvailReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) {\n      observation { id freeCount observedAt source resource { id } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AvailReport($input: ReportAvailabilityInput!) {\n    reportAvailability(input: $input) {\n      observation { id freeCount observedAt source resource { id } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) {\n      observations { id freeCount observedAt resource { id } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AvailReportMany($input: ReportAvailabilitiesInput!) {\n    reportAvailabilities(input: $input) {\n      observations { id freeCount observedAt resource { id } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }\n"): (typeof documents)["\n  query AvailRead($id: ID!) { resource(id: $id) { id version status latestAvailability { freeCount observedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation AvailWithdraw($input: ResourceStatusInput!) { withdrawResource(input: $input) { resource { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {\n    events(after: $after, first: $first, filter: $filter) {\n      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {\n    events(after: $after, first: $first, filter: $filter) {\n      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvtRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EvtRegister($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { organization { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpTooDeep {\n    district {\n      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }\n    }\n  }\n"): (typeof documents)["\n  query HttpTooDeep {\n    district {\n      children { edges { node { children { edges { node { parent { parent { parent { parent { parent { id } } } } } } } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpTooCostly {\n    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }\n  }\n"): (typeof documents)["\n  query HttpTooCostly {\n    areas(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpTooCostlyByVariables($n: Int) {\n    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }\n  }\n"): (typeof documents)["\n  query HttpTooCostlyByVariables($n: Int) {\n    areas(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpAreasPage($first: Int, $last: Int, $after: String) {\n    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }\n  }\n"): (typeof documents)["\n  query HttpAreasPage($first: Int, $last: Int, $after: String) {\n    areas(first: $first, last: $last, after: $after) { totalCount edges { cursor node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }"): (typeof documents)["query HttpOrganizationCursor { organizations(first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpAreaById($id: ID!) { area(id: $id) { id name } }"): (typeof documents)["query HttpAreaById($id: ID!) { area(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpNodeById($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query HttpNodeById($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }"): (typeof documents)["query HttpNodesByIds($ids: [ID!]!) { nodes(ids: $ids) { id } }"];
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
export function graphql(source: "\n  query ReadNested($first: Int!) {\n    resources(first: $first, orderBy: TITLE) {\n      edges {\n        cursor\n        node {\n          id title kind capacity location { lat lng } latestAvailability { freeCount }\n          organization { id name kind area { name } }\n          area { id name parent { id name kind } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ReadNested($first: Int!) {\n    resources(first: $first, orderBy: TITLE) {\n      edges {\n        cursor\n        node {\n          id title kind capacity location { lat lng } latestAvailability { freeCount }\n          organization { id name kind area { name } }\n          area { id name parent { id name kind } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadById($id: ID!) {\n    resource(id: $id) { id title organization { name } area { name parent { name } } }\n    node(id: $id) { ... on Resource { title organization { name } } }\n  }\n"): (typeof documents)["\n  query ReadById($id: ID!) {\n    resource(id: $id) { id title organization { name } area { name parent { name } } }\n    node(id: $id) { ... on Resource { title organization { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOpenAt($filter: ResourceFilter) {\n    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n"): (typeof documents)["\n  query SearchOpenAt($filter: ResourceFilter) {\n    resources(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {\n    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }\n    resource(id: $id) { id isOpenNow nextOpenAt }\n  }\n"): (typeof documents)["\n  query SearchOpenNow($filter: ResourceFilter, $id: ID!) {\n    resources(filter: $filter, first: 100) { edges { node { id isOpenNow nextOpenAt } } }\n    resource(id: $id) { id isOpenNow nextOpenAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchOpenCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchOpenCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation SearchOpenPublish($input: ResourceStatusInput!) { publishResource(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }\n"): (typeof documents)["\n  mutation SearchSetHolidays($input: SetHolidaysInput!) { setHolidays(input: $input) { userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor distanceMeters node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor distanceMeters node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrganizationResources($id: ID!, $after: String) {\n    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }\n  }\n"): (typeof documents)["\n  query SearchOrganizationResources($id: ID!, $after: String) {\n    organization(id: $id) { resources(first: 1, after: $after) { edges { cursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges { distanceMeters node { id title status location { lat lng } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SearchFind($filter: ResourceFilter, $orderBy: ResourceOrder, $first: Int, $after: String) {\n    resources(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges { distanceMeters node { id title status location { lat lng } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLatest($filter: ResourceFilter) {\n    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }\n  }\n"): (typeof documents)["\n  query SearchLatest($filter: ResourceFilter) {\n    resources(filter: $filter) { edges { node { id latestAvailability { freeCount observedAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchCreate($input: CreateResourceInput!) {\n    createResource(input: $input) { resource { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }\n"): (typeof documents)["\n  mutation SearchPublish($input: ResourceStatusInput!) { publishResource(input: $input) { resource { status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }\n"): (typeof documents)["\n  mutation SearchPause($input: ResourceStatusInput!) { pauseResource(input: $input) { resource { status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation SearchReport($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }\n        windows { days dayType start end }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ResCreate($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id kind status accessMode capacity version audiences publishedAt location { lat lng } area { id } organization { id }\n        windows { days dayType start end }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResUpdate($input: UpdateResourceInput!) {\n    updateResource(input: $input) { resource { id version title capacity } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResPublish($input: ResourceStatusInput!) {\n    publishResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResPause($input: ResourceStatusInput!) {\n    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResPause($input: ResourceStatusInput!) {\n    pauseResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResWithdraw($input: ResourceStatusInput!) {\n    withdrawResource(input: $input) { resource { id status version publishedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }"): (typeof documents)["query ResRead($id: ID!) { resource(id: $id) { id status version title capacity } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResSeen($id: ID!, $org: ID!) {\n    resource(id: $id) { id }\n    node(id: $id) { id }\n    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }\n  }\n"): (typeof documents)["\n  query ResSeen($id: ID!, $org: ID!) {\n    resource(id: $id) { id }\n    node(id: $id) { id }\n    organization(id: $org) { resources(statuses: [DRAFT]) { totalCount edges { node { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }"): (typeof documents)["query ResStamps($id: ID!) { resource(id: $id) { createdAt updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }"): (typeof documents)["query ResCount($org: ID!) { organization(id: $org) { resources { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedTree {\n    district { name kind children(first: 10) { totalCount } }\n    streets: areas(kind: STREET) { totalCount }\n    communities: areas(kind: COMMUNITY) { totalCount }\n    grids: areas(kind: GRID) { totalCount }\n    buildings: areas(kind: BUILDING) { totalCount }\n    organizations { totalCount }\n  }\n"): (typeof documents)["\n  query SeedTree {\n    district { name kind children(first: 10) { totalCount } }\n    streets: areas(kind: STREET) { totalCount }\n    communities: areas(kind: COMMUNITY) { totalCount }\n    grids: areas(kind: GRID) { totalCount }\n    buildings: areas(kind: BUILDING) { totalCount }\n    organizations { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }\n"): (typeof documents)["\n  query SeedStatistics { district { resourceStatistics { kind resourceCount totalCapacity } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedStreetStatistics {\n    district { resourceStatistics { kind resourceCount totalCapacity } }\n    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }\n  }\n"): (typeof documents)["\n  query SeedStreetStatistics {\n    district { resourceStatistics { kind resourceCount totalCapacity } }\n    streets: areas(kind: STREET) { edges { node { name resourceStatistics { kind resourceCount totalCapacity } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedHolidays { holidays(from: \"2026-01-01\", to: \"2027-12-31\") { date kind name } }\n"): (typeof documents)["\n  query SeedHolidays { holidays(from: \"2026-01-01\", to: \"2027-12-31\") { date kind name } }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitEventsOf($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }\n  }\n"): (typeof documents)["\n  query KitEventsOf($id: ID!) {\n    events(filter: { subjectIds: [$id] }, first: 500) { edges { node { type data } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;