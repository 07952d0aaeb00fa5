/**
 * The actions physical-SIM and rental numbers share: the SMS list, cancel with refund within 20
 * minutes while no SMS came, and the history. Only the cancel message and the history fields
 * differ.
 */
import type { Activation } from '../models';
import { businessError, success, type JsonObject } from '../reply';
import type { ActionDefinition } from './action';
import {
  ACTIVATION_NOT_FOUND,
  cancelActivation,
  findActivation,
  listActivations,
  smsListFields,
  type ActivationStatus,
} from './activations';

const CANCEL_WINDOW_MINUTES = 20;

interface SmsSection {
  product: 'physical' | 'rental';
  cancelMessage: string;
  historyItem: (activation: Activation, status: ActivationStatus, now: number) => JsonObject;
}

export function defineSmsActions({ product, cancelMessage, historyItem }: SmsSection): {
  getSms: ActionDefinition;
  cancelNumber: ActionDefinition;
  getActivations: ActionDefinition;
} {
  return {
    getSms: {
      method: 'GET',
      handle: (context) => {
        const activation = findActivation(context, product);
        if (activation === undefined) return businessError(ACTIVATION_NOT_FOUND);
        return success(smsListFields(activation, context.now));
      },
    },
    cancelNumber: {
      method: 'POST',
      handle: (context) => {
        const activation = findActivation(context, product);
        if (activation === undefined) return businessError(ACTIVATION_NOT_FOUND);

        return cancelActivation(context, activation, CANCEL_WINDOW_MINUTES, cancelMessage);
      },
    },
    getActivations: {
      method: 'GET',
      handle: (context) =>
        listActivations(context, product, (activation, status) =>
          historyItem(activation, status, context.now),
        ),
    },
  };
}
