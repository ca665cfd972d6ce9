/** What an API key may do. */
export const API_SCOPES = ['articles.write', 'claims.read', 'alerts.manage'] as const;
export type ApiScope = (typeof API_SCOPES)[number];
