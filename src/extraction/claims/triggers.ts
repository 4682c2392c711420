/**
 * Trigger phrases per relationship (DESIGN §4). Each is a global, case-insensitive pattern over a
 * sentence; verb stems end in \w* so every inflection counts, and patterns end at a word boundary
 * so "treatments" does not fire "treat".
 */
export const ACTS_ON_TRIGGER =
  /\b(?:partial\s+agonists?|full\s+agonists?|agonists?|antagonists?|interact\w*|bind\w*|bound\s+to|act(?:s|ed|ing)?\s+(?:on|at|upon)|target\w*|modulat\w*|activat\w*|block\w*|stimulat\w*|affinity\s+for)\b/gi;

export const RELIEVES_TRIGGER =
  /\b(?:eas(?:e|es|ed|ing)|alleviat\w*|reliev\w*|relief|reduc(?:e|es|ed|ing)|mitigat\w*|manag(?:e|es|ed|ing|ement)|treat(?:s|ed|ing|ment)?|lessen\w*|counteract\w*|combat\w*|suppress\w*|control(?:s|led|ling)?|prevent\w*|help(?:s|ed|ing)?|aid|(?:alternative|solution|remedy|ally)\s+(?:for|to|in|against)|fight(?:ing)?\s+against|break(?:ing)?\s+free\s+from|takes?\s+the\s+edge\s+off|soothe\w*)\b/gi;

export const CAUSES_TRIGGER =
  /\b(?:caus(?:e|es|ed|ing)|induc(?:e|es|ed|ing)|leads?\s+to|led\s+to|result(?:s|ed)?\s+in|trigger(?:s|ed|ing)?|produc(?:e|es|ed|ing)|precipitat\w*|bring(?:s)?\s+on)\b/gi;

export const MITIGATES_TRIGGER =
  /\b(?:manag\w*|mitigat\w*|help(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|prevent\w*|eas(?:e|es|ed|ing)|alleviat\w*|reliev\w*|minimi[sz]\w*|cop(?:e|ing)\s+with|combat\w*|lessen\w*|avoid\w*|control(?:s|led|ling)?|tackl\w*|handl\w*|deal(?:s|ing)?\s+with)\b/gi;

export const CONTRIBUTES_TO_TRIGGER =
  /\b(?:contribut\w*|factors?|risk|influenc\w*|affect(?:s|ed|ing)?|worse\w*|worsen\w*|exacerbat\w*|aggravat\w*|intensif\w*)\b/i;

/** Substance … Compound: "kratom contains …", "the plant's active compounds, mitragynine …". */
export const CONTAINS_TRIGGER = /\b(?:contain\w*|compounds?|alkaloids?|constituents?|ingredients?|components?)\b/i;

/** Compound … Substance: "mitragynine, found in kratom", "an alkaloid of kratom". */
export const CONTAINED_IN_TRIGGER =
  /\b(?:(?:found|present|isolated|extracted|derived|occurs?)\s+(?:in|from)|(?:alkaloids?|compounds?|constituents?|components?)\s+(?:in|of|from)|from)\b/i;

/** Right after a condition: "… symptoms can include", "… manifest as", "signs of opioid withdrawal:". */
export const PRESENTS_WITH_AFTER_CONDITION =
  /^(?:\s+(?:symptoms?|signs?))?[\s,]*(?:(?:can|may|might|often|typically|usually|commonly|will)\s+)?(?:include[sd]?|including|like|such\s+as|manifest(?:s|ed)?\s+(?:as|with|in)|show(?:s|ed)?\s+up\s+as|present(?:s|ed)?\s+(?:with|as)|characteri[sz]ed\s+by|involv(?:e|es|ed|ing)|:)/i;

/** Between symptoms and a condition: "cravings … often associated with opioid discontinuation". */
export const PRESENTS_WITH_BEFORE_CONDITION =
  /^[\s,]*(?:(?:often|commonly|frequently|typically|usually)\s+)?(?:associated\s+with|linked\s+to|seen\s+(?:in|during)|common\s+(?:in|during)|typical\s+of|characteristic\s+of|during)\s+(?:the\s+|an?\s+)?$/i;

/** Between a mention and a condition that names it: ", commonly known as the “", ", often referred to as". */
export const NAMING = /^[\s,]*(?:\p{L}+\s+){0,2}?(?:(?:known|referred\s+to|termed|described)\s+as|called|dubbed)\s+(?:the\s+)?[“"‘']?$/iu;

/** The phrase "side effect(s)", which makes a condition or symptom a side effect of the document's subject. */
export const SIDE_EFFECT = /\bside[\s-]effects?\b/i;
