import { z } from 'zod';

/**
 * Zod's default messages read like a compiler ("Invalid input: expected number, received
 * string"). These read like a sentence after the field name: `"qty" must be a whole number`.
 */
const describe: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

z.config({
  customError: (iss) => {
    switch (iss.code) {
      case 'invalid_type':
        return iss.input === undefined
          ? 'is required'
          : `must be ${describe[iss.expected] ?? iss.expected}`;
      case 'too_small':
        if (iss.origin === 'string') return `must be at least ${iss.minimum} character(s) long`;
        if (iss.origin === 'array') return `needs at least ${iss.minimum} item(s)`;
        return iss.inclusive
          ? `must be at least ${iss.minimum}`
          : `must be more than ${iss.minimum}`;
      case 'too_big':
        if (iss.origin === 'string') return `must be at most ${iss.maximum} characters long`;
        if (iss.origin === 'array') return `can have at most ${iss.maximum} items`;
        return iss.inclusive
          ? `must be at most ${iss.maximum}`
          : `must be less than ${iss.maximum}`;
      case 'invalid_format':
        return iss.format === 'email'
          ? 'must be an email address'
          : `must be a valid ${iss.format}`;
      case 'invalid_value':
        return `must be one of: ${iss.values.map(String).join(', ')}`;
      case 'unrecognized_keys':
        return `has unknown field(s): ${iss.keys.join(', ')}`;
      default:
        return undefined;
    }
  },
});
