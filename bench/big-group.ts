// A group of 5,000 secrets: the first rows, then the name filter keystroke by keystroke.
import { consoleApi, group, secretBody } from './api';
import { filterKeystroke, listLoad } from './browser';
import { defineBench } from './context';
import { pool, startConsole, startEmulator } from './processes';
import { figure } from './stats';

export default defineBench({
  name: 'big-group',
  run: async (ctx) => {
    await ctx.built();
    const browser = await ctx.browser();
    const emulator = await startEmulator();
    const con = await startConsole(emulator);
    try {
      const api = consoleApi(con.url);
      ctx.log('seeding 5,000 secrets in one group');
      await api('/admin/resourceGroups', { body: { resourceGroupId: 'big-group' } });
      const names = Array.from({ length: 5000 }, (_, i) => `secret-${String(i).padStart(4, '0')}`);
      await pool(names, 16, (n) => api('/admin/secrets', { headers: group('big-group'), body: secretBody(n) }));

      const firstRows: number[] = [];
      for (let i = 0; i < (ctx.quick ? 3 : 5); i++)
        firstRows.push(await listLoad(browser, `${con.url}/secrets/groups/big-group`, 'secret-0000'));

      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${con.url}/secrets/groups/big-group`);
      await page.getByRole('row').filter({ hasText: 'secret-0000' }).waitFor();
      // The first keystroke loads the whole scope once; later ones filter in the browser. Counts are digit-grouped.
      await page.getByRole('textbox', { name: 'Filter by name' }).press('1');
      await page.getByText(/of 5,000 secrets match/).waitFor();
      const keystrokes: number[] = [];
      for (const key of ['2', 'Backspace', '3', 'Backspace', '4', 'Backspace', '5', 'Backspace', '6', 'Backspace'])
        keystrokes.push(await filterKeystroke(page, key));
      await context.close();
      return [
        figure('5,000-secret group: time to first rows', 'ms', firstRows),
        figure('5,000-secret group: filter keystroke to updated rows', 'ms', keystrokes),
      ];
    } finally {
      await con.proc.kill();
      await emulator.proc.kill();
    }
  },
});
