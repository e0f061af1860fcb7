// The few server-rendered pages of sign-in: plain HTML with no script (the CSP allows none inline), every
// dynamic part escaped.
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} · AI Core Secrets Console</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2328;line-height:1.5}
h1{font-size:1.5rem}a,button{font:inherit}button{padding:.4rem 1rem;cursor:pointer}code{background:#f3f4f6;padding:0 .25rem}</style>
</head><body><main>${body}</main></body></html>`;
}

// A link, not a form: the CSP's form-action 'self' would stop the redirect on to the identity provider.
export const signOutLink = (label = 'Sign out') => `<p><a href="/auth/logout">${escape(label)}</a></p>`;

export function deniedPage(name: string, editorRoles: string[], viewerRoles: string[], claim: string): string {
  const list = (roles: string[]) => roles.map((r) => `<code>${escape(r)}</code>`).join(', ');
  return page(
    'No access',
    `<h1>You are signed in, but have no role in this console</h1>
<p>You are signed in as <strong>${escape(name)}</strong>, and your identity provider sent none of the roles this console
accepts in the <code>${escape(claim)}</code> claim.</p>
<p>To change secrets you need one of: ${list(editorRoles)}. To look only: ${list(viewerRoles)}.
Ask the administrator of your identity provider to assign you one, then sign in again.</p>
${signOutLink('Sign out and try another account')}`,
  );
}

export function signedOutPage(): string {
  return page(
    'Signed out',
    `<h1>You are signed out</h1><p>Your console session has ended.</p><p><a href="/auth/login">Sign in again</a></p>`,
  );
}

export function errorPage(message: string): string {
  return page('Sign-in failed', `<h1>Sign-in did not work</h1><p>${escape(message)}</p><p><a href="/auth/login">Try again</a></p>`);
}

export function confirmSignOutPage(): string {
  return page('Sign out', `<h1>Sign out?</h1><p>Another site sent you here.</p>${signOutLink('Yes, sign out of the console')}`);
}
