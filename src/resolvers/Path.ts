import type { PathResolvers } from '../generated/resolvers';

export const Path: PathResolvers = {
  length: (path) => path.relationships.length,
};
