export function migrateDeploy(databaseUrl: string): Promise<void>;
