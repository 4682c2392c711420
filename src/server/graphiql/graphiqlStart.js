// Runs in the browser: mounts GraphiQL against this server's /graphql, with example tabs.
/* global React, ReactDOM, GraphiQL */
(function start() {
  const examples = [
    {
      title: 'What does a compound act on?',
      query: `# What mitragynine is said to act on, and which sentences say so.
query CompoundTargets {
  entity(id: "compound:mitragynine") {
    name
    ... on Compound {
      foundIn { name }
      actsOn {
        receptor { name }
        action
        relationship { evidence { quote document { title } } }
      }
    }
  }
}`,
    },
    {
      title: 'Search with a typo',
      query: `# Search is typo-tolerant and knows abbreviations: try "7-OH" or "Mitragyna speciosa".
query Search {
  search(text: "mitraginine") { score entity { id name kind aliases } }
}`,
    },
    {
      title: 'What manages a symptom?',
      query: `# What the sources say manages kratom wobbles, and what contributes to them.
query Wobbles {
  entity(id: "condition:kratom-wobbles") {
    name
    ... on Condition {
      symptoms { name }
      contributingFactors { name }
      managedBy { name }
    }
  }
}`,
    },
    {
      title: 'How do two entities connect?',
      query: `# Shortest paths from kratom to anxiety, with the evidence for every hop.
query KratomToAnxiety {
  paths(from: "substance:kratom", to: "symptom:anxiety", maxHops: 3) {
    paths {
      length
      nodes { name }
      relationships { type source { name } target { name } evidence { quote start end } }
    }
  }
}`,
    },
    {
      title: 'Where do sources disagree?',
      query: `# Relationships some sentences affirm and others deny, with both sides and their documents.
# Stance: SUPPORTED (affirmed, denied by none), HEDGED (affirmed only with hedges), CONTESTED, DENIED.
query Disagreements {
  relationships(where: { stance: [CONTESTED, DENIED] }, first: 10) {
    nodes {
      source { name } type target { name } stance
      support { affirming negating hedged documents }
      asserts: evidence(polarity: AFFIRMED) { quote certainty document { title } }
      denies: evidence(polarity: NEGATED) { quote certainty document { title } }
    }
  }
}`,
    },
    {
      title: 'Where does a claim come from?',
      query: `# Every claim with its quoted sentence and character offsets in the document.
query Claims {
  relationships(where: { types: [PRESENTS_WITH] }, first: 10) {
    totalCount
    nodes {
      source { name } type target { name }
      evidence { document { id title } quote start end }
    }
  }
  stats { entities relationships documents evidence }
}`,
    },
  ];
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: false,
      defaultTabs: examples.map(({ query }) => ({ query })),
    }),
  );
})();
