import { useState } from 'react';
import { toApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type { Shipment } from '../../api/types';
import { Alert } from '../../components/Alert';
import { useAction } from '../../hooks/useAction';
import { carrierWarning, shipmentFields, type ShipDraft } from './packing-logic';
import { ShipForm } from './ShipForm';
import * as orders from '../../../src-main/contract/orders';

const SHIP_FIELDS = ['carrier', 'tracking_number', 'weight_oz', 'shipping_cost'] as const;

const SYNC_WORDS: Record<Shipment['channel_sync_status'], string | null> = {
  pending: 'Channel not told yet',
  ok: 'Confirmed to the channel',
  error: 'Channel confirmation failed',
  skipped: null,
  cancelled: 'Channel never told (voided)',
};

const draftOf = (s: Shipment): ShipDraft => ({
  carrier: s.carrier,
  tracking: s.tracking_number,
  weight: s.weight_oz === null ? '' : String(s.weight_oz),
  cost: s.shipping_cost === null ? '' : s.shipping_cost.toFixed(2),
});

/**
 * One shipment of an order, with Edit (a typo in the tracking number, the wrong carrier, weight
 * and cost) and Void (the box did not go: stock back, order packed again). Talks to the API
 * itself, so any screen that shows an order can place it; `onChanged` lets that screen reload.
 */
export function ShipmentCard({
  orderNumber,
  shipment,
  onChanged,
}: {
  orderNumber: string;
  shipment: Shipment;
  onChanged: (change: { kind: 'edited' | 'voided'; shipment: Shipment }) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'void'>('view');
  const [draft, setDraft] = useState<ShipDraft>(() => draftOf(shipment));
  const [error, setError] = useState<string | null>(null);
  const save = useAction(SHIP_FIELDS);
  const [voiding, setVoiding] = useState(false);
  const params = { id: String(shipment.order_id), shipment_id: String(shipment.id) };
  const voided = shipment.voided_at !== null;
  const sync = SYNC_WORDS[shipment.channel_sync_status];
  const savedWarning = carrierWarning(shipment.carrier, shipment.tracking_number);

  const submitEdit = async () => {
    const fields = shipmentFields(draft);
    if ('error' in fields) {
      setError(fields.error);
      return;
    }
    setError(null);
    let saved: Shipment | null = null;
    const ok = await save.run(async () => {
      saved = await api.call(orders.editShipment, {
        params,
        body: {
          ...fields,
          // Blank clears what was there.
          weight_oz: fields.weight_oz ?? null,
          shipping_cost: fields.shipping_cost ?? null,
        },
      });
    });
    if (ok && saved) {
      setMode('view');
      onChanged({ kind: 'edited', shipment: saved });
    }
  };

  const confirmVoid = async () => {
    setVoiding(true);
    setError(null);
    try {
      const done = await api.call(orders.voidShipment, { params });
      setMode('view');
      onChanged({ kind: 'voided', shipment: done });
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setVoiding(false);
    }
  };

  return (
    <article
      className={voided ? 'shipment-card is-voided' : 'shipment-card'}
      aria-label={`Shipment ${shipment.carrier} ${shipment.tracking_number}`}
    >
      <div className="shipment-card-head">
        <p className="shipment-card-title">
          <strong>{shipment.carrier}</strong>{' '}
          <span className="mono">{shipment.tracking_number}</span>
          {voided && <span className="badge badge-off">Voided</span>}
        </p>
        <p className="muted shipment-card-meta">
          Shipped {new Date(shipment.shipped_at).toLocaleString()}
          {shipment.shipped_by ? ` by ${shipment.shipped_by}` : ''}
          {shipment.weight_oz !== null ? ` · ${shipment.weight_oz} oz` : ''}
          {shipment.shipping_cost !== null ? ` · $${shipment.shipping_cost.toFixed(2)}` : ''}
          {sync ? ` · ${sync}` : ''}
        </p>
        {!voided && mode === 'view' && (
          <span className="shipment-card-actions">
            <button
              className="btn"
              type="button"
              onClick={() => {
                setDraft(draftOf(shipment));
                save.clearError();
                setError(null);
                setMode('edit');
              }}
            >
              Edit
            </button>
            <button
              className="btn"
              type="button"
              onClick={() => {
                setError(null);
                setMode('void');
              }}
            >
              Void
            </button>
          </span>
        )}
      </div>
      {!voided && mode === 'view' && savedWarning && <Alert tone="warning">{savedWarning}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      {mode === 'edit' && (
        <div className="shipment-card-edit">
          {save.formError && <Alert tone="error">{save.formError}</Alert>}
          <ShipForm
            draft={draft}
            onChange={setDraft}
            onSubmit={() => void submitEdit()}
            busy={save.busy}
            fieldError={save.fieldError}
            submitLabel="Save shipment"
            busyLabel="Saving…"
          />
          <button className="btn" type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </div>
      )}
      {mode === 'void' && (
        <div className="shipment-card-void" role="group" aria-label="Void this shipment?">
          <p>
            Void this shipment? The stock comes back and order {orderNumber} goes back to the orders
            waiting to ship. Void the label with {shipment.carrier} too.
          </p>
          <button
            className="btn btn-danger"
            type="button"
            disabled={voiding}
            onClick={() => void confirmVoid()}
          >
            {voiding ? 'Voiding…' : 'Void shipment'}
          </button>
          <button className="btn" type="button" onClick={() => setMode('view')}>
            Keep it
          </button>
        </div>
      )}
    </article>
  );
}
