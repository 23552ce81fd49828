/** The catalogue plugin's modules (vite.config.ts): per language, the first screen's messages and
 *  the rest. */
declare module "virtual:locales" {
  type Messages = () => Promise<{ default: string }>;
  const loaders: Record<string, { start: Messages; rest: Messages } | undefined>;
  export default loaders;
}
