export * from './base64';
export * from './rules';
export * from './quota';
export * from './schemas';
export * from './answers';
export { AnswerShapeError, type Read } from './read';
export * from './scope';
export * from './replication';
export * from './errors';
