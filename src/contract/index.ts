export * from './base64';
export * from './rules';
export * from './schemas';
export * from './scope';
export * from './replication';
export * from './errors';
