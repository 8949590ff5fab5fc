/**
 * Why a storefront sync failed, worded for the Admin screen (never a stack trace). `problems`
 * goes to the run log when there is more than the message can say.
 */
export class FeedError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** A failure message for many problems: the first one in full, the rest counted. */
export function feedProblems(problems: string[]): FeedError {
  const more = problems.length - 1;
  const tail =
    more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'}: see the run log)` : '';
  return new FeedError(`${problems[0]}${tail}`, problems);
}
