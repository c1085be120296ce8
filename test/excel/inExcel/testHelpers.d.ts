/**
 * The two functions of Microsoft's office-addin-test-helpers the in-Excel page uses. The package
 * is fetched when `npm run test:excel` runs (it is not in the install), so its types are here.
 */
declare module "office-addin-test-helpers" {
  export function pingTestServer(port: number): Promise<{ status: number }>;
  export function sendTestResults(results: unknown[], port: number): Promise<boolean>;
}
