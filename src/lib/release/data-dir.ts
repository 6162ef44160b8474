/** Where the build reads the published release: public/data, or MB_DATA_DIR (for a release kept elsewhere). */
export const dataDir = (): string => process.env.MB_DATA_DIR ?? 'public/data';
