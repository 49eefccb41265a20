import { CasePage } from './pages/CasePage';
import { InboxPage } from './pages/InboxPage';
import { NewCasePage } from './pages/NewCasePage';
import { hrefs, useRoute } from './routes';
import type { Route } from './routes';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'inbox':
      return <InboxPage />;
    case 'case':
      // Keyed by id: another case starts with fresh form state.
      return <CasePage key={route.id} id={route.id} />;
    case 'new':
      return <NewCasePage />;
    case 'unknown':
      return (
        <>
          <h1>Page not found</h1>
          <p>
            <a href={hrefs.inbox}>Go to the inbox</a>
          </p>
        </>
      );
    default: {
      const unknownRoute: never = route;
      return unknownRoute;
    }
  }
}

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="top">
        <a className="brand" href={hrefs.inbox}>
          casegraph
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href={hrefs.inbox} aria-current={route.page === 'inbox' ? 'page' : undefined}>
                Inbox
              </a>
            </li>
            <li>
              <a href={hrefs.newCase} aria-current={route.page === 'new' ? 'page' : undefined}>
                New case
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}
