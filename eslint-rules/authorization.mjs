// One authorization style (docs/architecture.md, decision 0025): which rows an actor may read is
// written once per entity in lib/auth/scopes/, and role tests live in lib/auth. Outside lib/auth
// this rule refuses the three hand-written forms that used to sit beside the scopes:
//   { structureId: actor.structureId }   → usagerScope(actor)…, or ownedBy(actor) for a new row
//   actor.role === "…" (or a switch)      → a named rule of lib/auth/permissions.ts
//   Prisma.sql`… ${actor.structureId} …`  → usagerScopeSql(actor, "u")…
const unwrap = (node) => (node && (node.type === "ChainExpression" || node.type === "TSNonNullExpression") ? unwrap(node.expression) : node);

/** `actor.<name>`, optional chaining and non-null assertions included. */
function isActorMember(node, name) {
  const n = unwrap(node);
  return n?.type === "MemberExpression" && !n.computed && n.object.type === "Identifier" && n.object.name === "actor"
    && n.property.type === "Identifier" && n.property.name === name;
}

const keyName = (property) => (property.key.type === "Identifier" ? property.key.name : property.key.type === "Literal" ? property.key.value : null);

const noInlineScope = {
  meta: {
    type: "problem",
    docs: { description: "Structure filters and role tests belong to lib/auth (scopes and named rules)." },
    messages: {
      structureFilter: "Pas de « structureId: actor.structureId » hors de lib/auth : lisez avec le scope de l'entité (lib/auth/scopes/…) et créez avec ownedBy(actor).",
      roleTest: "Pas de test de rôle hors de lib/auth : demandez une règle nommée de lib/auth/permissions.ts.",
      sqlStructure: "Pas de filtre de structure écrit à la main en SQL : utilisez le jumeau SQL du scope (…ScopeSql(actor, alias)).",
    },
    schema: [],
  },
  create(context) {
    return {
      Property(node) {
        if (!node.computed && keyName(node) === "structureId" && isActorMember(node.value, "structureId")) {
          context.report({ node, messageId: "structureFilter" });
        }
      },
      BinaryExpression(node) {
        if (["===", "!==", "==", "!="].includes(node.operator) && (isActorMember(node.left, "role") || isActorMember(node.right, "role"))) {
          context.report({ node, messageId: "roleTest" });
        }
      },
      SwitchStatement(node) {
        if (isActorMember(node.discriminant, "role")) context.report({ node: node.discriminant, messageId: "roleTest" });
      },
      TaggedTemplateExpression(node) {
        for (const expression of node.quasi.expressions) {
          if (isActorMember(expression, "structureId")) context.report({ node: expression, messageId: "sqlStructure" });
        }
      },
    };
  },
};

const plugin = { meta: { name: "passerelle-authorization" }, rules: { "no-inline-scope": noInlineScope } };
export default plugin;
