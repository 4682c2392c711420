import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * What Apollo's default cache-control plugin answered here, without its cost. The schema gives no cache
 * hints, so that plugin's answer was always `cache-control: no-store`; but to reach it, it hooked every
 * field of every response (Apollo then wraps every resolver), a large part of the API's own time on a
 * query returning hundreds of fields. This sets the same header on every answer and turns it off.
 */
export function uncacheableAnswersPlugins<Context extends BaseContext>(): ApolloServerPlugin<Context>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
