import { toApiError } from '../../api/api-error';
import { signalSuccess } from '../picker/feedback';
import { openPdf, printSlip, slipsUrl, slipUrl } from './slip';
import type { Desk } from './useDesk';

/** The slip of the open order, on the thermal printer or as a PDF, and the queue's slips at once. */
export function useSlipActions({ get, dispatch, fail }: Desk) {
  const pdf = async () => {
    const { order, size } = get();
    if (!order) return;
    try {
      const how = await openPdf(slipUrl(order.id, size));
      dispatch({ type: 'pdfOpened', how, number: order.number, size });
    } catch (err) {
      fail(toApiError(err).message);
    }
  };

  const print = async () => {
    const { order } = get();
    if (!order) return;
    dispatch({ type: 'busy', busy: 'print' });
    try {
      const answer = await printSlip(order.id);
      signalSuccess();
      dispatch({ type: 'printed', printer: answer.printer, bytes: answer.bytes });
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'no_printer') {
        dispatch({ type: 'notice', text: `${error.message} Opening the PDF slip instead.` });
        await pdf();
      } else {
        fail(`${error.message} Press Shift+P for the PDF slip instead.`);
      }
    } finally {
      dispatch({ type: 'busy', busy: null });
    }
  };

  /** Every slip the queue will need, one PDF: for desks that print the morning's slips first. */
  const queuePdf = async (orderIds: number[]) => {
    const { size } = get();
    try {
      const how = await openPdf(slipsUrl(orderIds, size));
      dispatch({ type: 'slipsOpened', how, count: orderIds.length, size });
    } catch (err) {
      fail(toApiError(err).message);
    }
  };

  return { print, pdf, queuePdf };
}

export type SlipActions = ReturnType<typeof useSlipActions>;
