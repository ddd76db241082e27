"""The one-run pipeline's opening hours: the care supply inventory keeps the schema fields
only, so the facilities' opening-hours field is joined back onto it from the facility
layers by each record's source layer and feature (``src_layer``, ``src_fid``), as a
temporary layer that accessibility reads. Plain I/O, no rule of the method."""
from qgis.core import QgsFeatureRequest, QgsField, QgsProcessingException, QgsProcessingUtils
from qgis.PyQt.QtCore import QMetaType

from . import supply_io


def _text(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return str(value)


def inventory_with_hours(alg, inventory, layers, field, context, feedback):
    """The inventory (a layer id or path) with the text field ``field`` of the facility
    ``layers`` joined on (src_layer, src_fid); the inventory itself when it has the field.
    Raises QgsProcessingException naming the layers when none has the field."""
    inv = QgsProcessingUtils.mapLayerFromString(inventory, context)
    if inv is None or inv.fields().lookupField(field) >= 0:
        return inventory
    lookup, found, missing = {}, [], {}
    for layer in layers:
        idx = layer.fields().lookupField(field)
        label = supply_io.layer_label(layer)
        if idx < 0:
            missing[label] = 0
            continue
        found.append(label)
        spatial = layer.isSpatial()  # a table without geometry is numbered by its rows
        req = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([idx])
        for k, f in enumerate(layer.getFeatures(req)):
            lookup[(label, f.id() if spatial else k)] = _text(f.attribute(idx))
    if not found:
        raise QgsProcessingException(alg.tr(
            "None of the facility layers ({0}) has the field '{1}' named in {2}: give the field that holds the "
            "facilities' opening hours (e.g. opening_hours), or leave it empty.").format(
                ", ".join(supply_io.layer_label(lyr) for lyr in layers), field, alg.label("OPENING_HOURS_FIELD")))
    out = inv.materialize(QgsFeatureRequest())
    out.setName(inv.name())
    out.dataProvider().addAttributes([QgsField(field, QMetaType.Type.QString)])
    out.updateFields()
    fi, li, si = (out.fields().lookupField(n) for n in (field, "src_layer", "src_fid"))
    changes = {}
    for f in out.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
        fid = f.attribute(si)
        key = (_text(f.attribute(li)), int(fid) if _text(fid) is not None else None)
        changes[f.id()] = {fi: lookup.get(key)}
        if key[0] in missing:
            missing[key[0]] += 1
    out.dataProvider().changeAttributeValues(changes)
    feedback.pushInfo(alg.tr("Opening hours '{0}' of layers {1} joined to the care supply inventory.").format(
        field, ", ".join(found)))
    for label, n in missing.items():
        if n:  # an empty value reads as "always open": say so, per layer, never silently
            feedback.pushWarning(alg.trn(
                "Layer '{0}' has no field '{1}': its %Ln facilit(y/ies) in the care supply inventory "
                "are taken as open at all hours. Add the field '{1}' to that layer, or leave '{2}' empty to treat "
                "every facility as always open.", n).format(label, field, alg.label("OPENING_HOURS_FIELD")))
    context.temporaryLayerStore().addMapLayer(out)
    return out.id()
