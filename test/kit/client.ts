import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface Result<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
}

/** A typed GraphQL-over-HTTP client for tests: real HTTP, real JSON, no shortcuts into the server. */
export class TestClient {
  constructor(readonly url: string) {}

  async request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
    options: { token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Result<TData>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** Like `request`, but fails the test on any error; returns the data. */
  async data<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
    token?: string | null,
  ): Promise<TData> {
    const result = await this.request(document, variables, { token });
    if (result.errors?.length || !result.data) {
      throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** The code of the first error, for tests that provoke one. */
  async errorCode<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
    token?: string | null,
  ): Promise<string | undefined> {
    const result = await this.request(document, variables, { token });
    return result.errors?.[0]?.extensions?.code;
  }
}
