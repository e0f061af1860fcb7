// Between the console server and the app: a page the server drew (decision 0076) carries the answers it was
// drawn from in `<script type="application/json" id="first-screen-data">`, `{ status, summary }`, each as
// the console's API sends it (GET /api/c/{name}/console and /summary); the app hydrates from them.

/** The id of the element that carries a drawn page's answers. */
export const FIRST_SCREEN_DATA_ID = 'first-screen-data';

/** The answers, as the API sent them: the app reads them with the same readers as its queries. */
export type FirstScreenData = { status: unknown; summary: unknown };
