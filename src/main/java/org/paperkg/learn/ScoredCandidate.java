package org.paperkg.learn;

import org.paperkg.extract.EntityCandidate;

/** A candidate of one pool paper with its label, and the paper's index in the pool. */
record ScoredCandidate(int paper, EntityCandidate candidate, CandidateLabels label) {
}
