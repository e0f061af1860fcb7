// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Link, Route, Router, Switch, useBlocker, useLocation, useNavigate, useParams, useSearchParams } from './router';

function Where() {
  const { pathname, search } = useLocation();
  return <output aria-label="where">{`${pathname}${search}`}</output>;
}

function Filter() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <output aria-label="q">{params.get('q') ?? ''}</output>
      <button onClick={() => setParams({ q: '%41 & b' }, { replace: true })}>Filter</button>
    </>
  );
}

function Group() {
  const { group } = useParams();
  return <h2>Group {group}</h2>;
}

function Editor() {
  const blocker = useBlocker(true);
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => navigate('/activity')}>Go</button>
      {blocker.state === 'blocked' && (
        <div role="alertdialog" aria-label="Leave?">
          <button onClick={blocker.proceed}>Leave</button>
          <button onClick={blocker.reset}>Stay</button>
        </div>
      )}
    </>
  );
}

const app = (
  <Router>
    <Where />
    <Link to="/secrets/groups/team-a">Team A</Link>
    <Switch>
      <Route path="/secrets/groups/:group">
        <Group />
        <Filter />
      </Route>
      <Route path="/edit">
        <Editor />
      </Route>
    </Switch>
  </Router>
);

describe('the router', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it("keeps every link and navigation under the connection's prefix, which routes never see", async () => {
    window.history.replaceState(null, '', '/c/dev%20eu/');
    render(app);
    const link = screen.getByRole('link', { name: 'Team A' });
    expect(link).toHaveAttribute('href', '/c/dev%20eu/secrets/groups/team-a');
    await userEvent.click(link);
    expect(window.location.pathname).toBe('/c/dev%20eu/secrets/groups/team-a');
    expect(screen.getByRole('heading', { name: 'Group team-a' })).toBeVisible();
    expect(screen.getByRole('status', { name: 'where' })).toHaveTextContent('/secrets/groups/team-a');
  });

  it('gives a page opened without a prefix its prefix once the address has one, without a new page', async () => {
    render(app);
    expect(screen.getByRole('link', { name: 'Team A' })).toHaveAttribute('href', '/secrets/groups/team-a');
    window.history.replaceState(null, '', '/c/dev/');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Team A' })).toHaveAttribute('href', '/c/dev/secrets/groups/team-a'));
    expect(screen.getByRole('status', { name: 'where' })).toHaveTextContent(/^\/$/);
  });

  it('sets search params on the same path and reads them as typed', async () => {
    window.history.replaceState(null, '', '/c/dev/secrets/groups/team-a');
    render(app);
    await userEvent.click(screen.getByRole('button', { name: 'Filter' }));
    expect(window.location.pathname).toBe('/c/dev/secrets/groups/team-a');
    expect(new URLSearchParams(window.location.search).get('q')).toBe('%41 & b');
    expect(screen.getByRole('status', { name: 'q' })).toHaveTextContent('%41 & b');
  });

  it('holds a navigation while blocked, until the user leaves or stays', async () => {
    window.history.replaceState(null, '', '/c/dev/edit');
    render(app);
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('alertdialog', { name: 'Leave?' })).toBeVisible();
    expect(window.location.pathname).toBe('/c/dev/edit');
    await userEvent.click(screen.getByRole('button', { name: 'Stay' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(window.location.pathname).toBe('/c/dev/edit');

    await userEvent.click(screen.getByRole('link', { name: 'Team A' }));
    expect(window.location.pathname).toBe('/c/dev/edit');
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(window.location.pathname).toBe('/c/dev/secrets/groups/team-a');
    expect(screen.getByRole('heading', { name: 'Group team-a' })).toBeVisible();
  });
});
