// The demo tenant, as a new user sees it: from navigation to the secret list visible, cold cache.
import { listLoad } from './browser';
import { defineBench } from './context';
import { startConsole } from './processes';
import { figure } from './stats';

export default defineBench({
  name: 'list-load',
  run: async (ctx) => {
    await ctx.built();
    const browser = await ctx.browser();
    const demo = await startConsole(null);
    try {
      const loads = [];
      for (let i = 0; i < (ctx.quick ? 3 : 7); i++) loads.push(await listLoad(browser, `${demo.url}/secrets/main`, 'object-store-main'));
      return [figure('load: navigation to secret list visible (cold)', 'ms', loads)];
    } finally {
      await demo.proc.kill();
    }
  },
});
