"""The closed ontology namespace: every term kg writes, in one place.

``KG`` is a ``DefinedNamespace`` with ``_fail = True``: a typo in a term is an
error when the module loads or the code runs, never a silently new IRI.  The
ontology file ``ontology/kg.ttl`` declares each of these terms (a test checks
both directions).
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-cn-news/ontology"
DEFAULT_BASE = "https://w3id.org/kg-cn-news/id/"

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")


class KG(DefinedNamespace):
    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # --- classes -------------------------------------------------------------
    Article: URIRef  # ⊑ schema:NewsArticle
    Agent: URIRef  # person or organisation (⊑ prov:Agent)
    Person: URIRef  # ⊑ schema:Person
    Organization: URIRef  # ⊑ schema:Organization, org:Organization
    PartyGovernmentBody: URIRef  # Party and government bodies, committees, HQs
    Enterprise: URIRef  # companies, shops, factories
    Hospital: URIRef  # hospitals, clinics, health centres
    SocialOrganization: URIRef  # associations, chambers, charities, volunteer teams
    MediaOutlet: URIRef  # newspapers, sites, broadcasters
    School: URIRef  # schools and universities
    Place: URIRef  # ⊑ schema:Place
    AdministrativeArea: URIRef  # ⊑ schema:AdministrativeArea
    Country: URIRef
    Province: URIRef  # province-level division
    PrefectureCity: URIRef  # prefecture-level division
    County: URIRef  # county-level division
    Township: URIRef  # township / town / street (乡镇街道)
    Village: URIRef  # village / community (村, 社区)
    DevelopmentZone: URIRef  # 高新区, 新区, 经开区 …
    ResidentialCompound: URIRef  # 小区, 花园, named estates
    OtherPlace: URIRef  # roads, buildings, checkpoints
    Post: URIRef  # ⊑ org:Post: a title held by a person in an organisation
    SupplyEvent: URIRef  # ⊑ schema:Action, prov:Activity
    Donation: URIRef  # ⊑ schema:DonateAction
    Procurement: URIRef  # ⊑ schema:BuyAction
    Distribution: URIRef  # ⊑ schema:GiveAction
    SupplyItem: URIRef  # ⊑ schema:TypeAndQuantityNode
    SupplyKind: URIRef  # ⊑ skos:Concept: supply taxonomy (mask, disinfectant …)
    Evidence: URIRef  # ⊑ oa:TextPositionSelector: where in which article a fact was read

    # --- properties ----------------------------------------------------------
    agent: URIRef  # event → giver/buyer (⊑ schema:agent)
    recipient: URIRef  # event → receiver (⊑ schema:recipient)
    item: URIRef  # event → SupplyItem (⊑ schema:object)
    itemName: URIRef  # SupplyItem → literal as written (N95口罩)
    quantity: URIRef  # SupplyItem → xsd:decimal (⊑ schema:amountOfThisGood)
    unit: URIRef  # SupplyItem → literal (⊑ schema:unitText)
    supplyKind: URIRef  # SupplyItem → SupplyKind (⊑ schema:typeOfGood)
    broaderKind: URIRef  # SupplyKind → SupplyKind (⊑ skos:broader)
    valueYuan: URIRef  # event → xsd:decimal, stated total value in CNY
    date: URIRef  # event → xsd:date (⊑ schema:startTime)
    location: URIRef  # event → Place where it happened: receiver's place, else giver's, else the article's (⊑ schema:location)
    containedInPlace: URIRef  # Place → Place (⊑ schema:containedInPlace)
    adminCode: URIRef  # AdministrativeArea → official code literal
    locatedIn: URIRef  # Organization → Place named in its name (⊑ schema:location)
    holder: URIRef  # Post → Person (inverse of org:holds)
    postIn: URIRef  # Post → Organization or Place (⊑ org:postIn)
    title: URIRef  # Post → literal title (书记, 记者)
    mentionedIn: URIRef  # entity/event → Article (⊑ schema:subjectOf)
    alias: URIRef  # entity → other form (⊑ skos:altLabel)
    evidence: URIRef  # any fact node → Evidence
    inArticle: URIRef  # Evidence → Article
    startOffset: URIRef  # Evidence → xsd:integer, raw-file code points (⊑ oa:start)
    endOffset: URIRef  # Evidence → xsd:integer, exclusive (⊑ oa:end)
    exact: URIRef  # Evidence → the evidence text (⊑ oa:exact)
    rule: URIRef  # Evidence → name of the rule that produced the fact
    headline: URIRef  # Article → literal (⊑ schema:headline)
    datePublished: URIRef  # Article → xsd:date (⊑ schema:datePublished)
    publisher: URIRef  # Article → MediaOutlet (⊑ schema:publisher)
    sourceFile: URIRef  # Article → file name
    sha256: URIRef  # Article → hex digest of the raw bytes
    url: URIRef  # Article → xsd:anyURI (⊑ schema:url)
    # donation totals: per (province, kind, unit) sub-properties of donatedQuantity (see graph.py)
    donatedQuantity: URIRef  # Donation → xsd:decimal, via one sub-property per (province, kind, unit)
    totalProvince: URIRef  # such a sub-property → the Province it totals
    totalKind: URIRef  # such a sub-property → the SupplyKind it totals (narrower kinds included)
    totalUnit: URIRef  # such a sub-property → the unit literal it totals
