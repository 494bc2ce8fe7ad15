import { scoresEachSet, UNSEEN_SETS } from '../helpers/unseen-programmes.js';

// The second half of the meeting-question sets on programmes the parser was not written for (see
// unseen-programmes.test.ts): a file of its own, so the two halves run side by side.

scoresEachSet(UNSEEN_SETS.slice(43));
