import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createCasegraphClient } from './apollo';
import { App } from './App';
import { casegraphUrl } from './config';
import './styles.css';

// Against a deployment, pass `getAccessToken` (the identity provider's SDK) so every request
// carries the caller's bearer token; `npm start` on its simulators takes anonymous callers.
const client = createCasegraphClient({ uri: casegraphUrl() });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
