// Loads a paperkg Cytoscape.js export into headless Cytoscape.js and prints what it sees as JSON.
// usage: node read_cytoscape.js NODE_MODULES_DIR FILE [NODE_ID...]
const path = require('path');
const fs = require('fs');
const cytoscape = require(path.join(process.argv[2], 'cytoscape'));
const json = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: json.elements });
const labels = {};
for (const id of process.argv.slice(4)) {
  const n = cy.getElementById(id);
  labels[id] = n.nonempty() ? n.data('label') : null;
}
const degree = {};
for (const id of process.argv.slice(4)) {
  const n = cy.getElementById(id);
  degree[id] = n.nonempty() ? n.connectedEdges().length : null;
}
console.log(JSON.stringify({ nodes: cy.nodes().length, edges: cy.edges().length, labels, degree }));
