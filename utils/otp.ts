/**
 * One-time codes read out of SMS text. The rules live in `utils/otp/`: text preparation,
 * candidate runs, context words, and the ordered rules that pick one.
 */
export { extractCode } from './otp/extract';
