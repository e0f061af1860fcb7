// Signs in to a console through the test identity provider over plain HTTP, as a browser would (following
// redirects, keeping each host's cookies, posting the login form). Returns the console's cookies.
import { TEST_ACCOUNTS, type TestAccount } from './oidc-provider';

type Jar = Map<string, Map<string, string>>;

function remember(jar: Jar, url: URL, res: Response) {
  const cookies = jar.get(url.host) ?? new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair = '', ...attrs] = line.split(';');
    const i = pair.indexOf('=');
    const name = pair.slice(0, i).trim();
    const value = pair.slice(i + 1).trim();
    const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
    if (expired || value === '') cookies.delete(name);
    else cookies.set(name, value);
  }
  jar.set(url.host, cookies);
}

const cookieHeader = (jar: Jar, url: URL) => [...(jar.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');

export async function signInOverHttp(
  consoleUrl: string,
  account: TestAccount,
): Promise<{ cookie: string; landed: string; setCookies: string[] }> {
  const jar: Jar = new Map();
  const setCookies: string[] = [];
  let url = new URL(`${consoleUrl}/auth/login`);
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as object), cookie: cookieHeader(jar, url) } });
    remember(jar, url, res);
    if (url.origin === new URL(consoleUrl).origin) setCookies.push(...res.headers.getSetCookie());
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      init = {};
      if (url.origin === new URL(consoleUrl).origin && !url.pathname.startsWith('/auth/'))
        return { cookie: cookieHeader(jar, url), landed: url.pathname, setCookies };
      if (url.pathname === '/auth/denied') return { cookie: cookieHeader(jar, url), landed: url.pathname, setCookies };
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action) throw new Error(`sign-in stopped at ${url.href} with HTTP ${res.status}: ${html.slice(0, 300)}`);
    url = new URL(action, url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: account, password: TEST_ACCOUNTS[account].password }).toString(),
    };
  }
  throw new Error('sign-in took too many redirects');
}
