// The hub's GraphQL IDE: GraphiQL bundled by Vite from npm packages (web/vite.config.ts), served by the hub at
// GET /graphql to browsers. Everything it loads comes from the hub itself, so it works offline.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const httpUrl = new URL('/graphql', location.href);
const wsUrl = new URL(httpUrl);
wsUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';

// subscriptions go over graphql-ws on the same URL; the toolkit opens one client per subscription and sends the
// headers editor's JSON as its connectionParams, which the hub reads `Authorization` from
const fetcher = createGraphiQLFetcher({
  url: httpUrl.href,
  subscriptionUrl: wsUrl.href,
  // the hub answers JSON; no multipart incremental delivery
  enableIncrementalDelivery: false,
});

const defaultHeaders = `{
  "Authorization": ""
}`;

const defaultQuery = `# The sharehub GraphQL API. Put a token in the headers below ("Bearer <token>", from
# \`npm run token -- --role DISTRICT_ADMIN\`) to act as someone; subscriptions use the same header.
query Me {
  viewer { isAnonymous role capabilities }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    defaultHeaders,
    defaultEditorToolsVisibility: 'headers',
    isHeadersEditorEnabled: true,
    // tokens stay in the editor, not in localStorage
    shouldPersistHeaders: false,
  }),
);
