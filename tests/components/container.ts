import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

let container: AstroContainer | undefined;

/**
 * Renders a component with Astro's Container API. In test (dev) mode Astro tags every element
 * with data-astro-source-* attributes; they are stripped so assertions read like the built HTML.
 */
export async function render(component: AstroComponentFactory, options?: ContainerRenderOptions): Promise<string> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, options);
  return html.replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');
}
