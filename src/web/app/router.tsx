// Routes are split: each page loads its code when first visited (or earlier, see routes.ts), while the
// shell around it is drawn at once.
import { Route, Router, Switch } from '../lib/router';
import { NotFound, routes } from './routes';
import { Shell } from './shell';

/**
 * The app of one connection: every page lives under `/c/{connection}` (see lib/router.tsx). `ssrPath`: the
 * request's address, when the server draws the first screen (src/web/entry-server.tsx).
 */
export function App({ ssrPath }: { ssrPath?: string }) {
  return (
    <Router ssrPath={ssrPath}>
      <Shell>
        <Switch>
          {routes.map(([path, Page]) => (
            <Route key={path} path={path}>
              <Page />
            </Route>
          ))}
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Shell>
    </Router>
  );
}
