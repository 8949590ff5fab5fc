import { useState } from 'react';
import { api } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import type { AnswerOf, BodyOf, RouteContract } from '../../../../src-main/contract/route';

/**
 * PUTs one section's changes to `route` and hands the station's answer to `onSaved`, keeping the
 * section's own error and "saved" message apart from the other sections on the page.
 */
export function useSave<C extends RouteContract, Answer = AnswerOf<C>, Body = BodyOf<C>>(
  route: C,
  fields: readonly string[],
  onSaved: (answer: Answer) => void,
) {
  const action = useAction(fields);
  const [saved, setSaved] = useState<string | null>(null);

  /** Resolves to the station's answer, or null when it refused (the error is then shown). */
  const save = async (body: Body, message = 'Saved.'): Promise<Answer | null> => {
    setSaved(null);
    let answer: Answer | null = null;
    const ok = await action.run(async () => {
      answer = (await api.call(route, { body } as never)) as Answer;
      onSaved(answer);
    });
    if (ok) setSaved(message);
    return answer;
  };

  return { ...action, saved, save };
}
