export { TRANSITIONS, TRANSITION_NAMES, transitionsFrom, type TransitionName } from "./transitions";
export { transition, type TransitionInput, type TransitionResult } from "./transition";
