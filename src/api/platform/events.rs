//! The platform's record of the events it received for an instance (`GET
//! /instances/{id}/events`): Event `{id, eventDate, status, providerData, notifiedData[],
//! eventElementInstances[]}` (the platform's own description). The values of `status` and
//! the shape of `notifiedData` are not documented, so records are read leniently and kept
//! whole.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// One event the platform received from Acuity, and what it did with it.
#[derive(Debug, Clone)]
pub struct Event {
    /// `id` as text (a number or a string).
    pub id: String,
    /// `eventDate` as text (ISO 8601, or milliseconds since 1970 as some APIs send).
    pub date: String,
    /// `status`: what the platform did with it (values not documented).
    pub status: String,
    /// What the platform notified: objectType, objectId and eventType of each event in it.
    pub notified: Vec<Notified>,
    /// The record as the platform sent it (`--json` shows it whole).
    record: Value,
}

/// One normalized event of a record's `notifiedData`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notified {
    pub object_type: String,
    pub object_id: String,
    pub event_type: String,
}

impl Event {
    /// Reads a record; anything missing is empty (never an error: the record is shown as
    /// far as it can be read).
    fn from_record(record: Value) -> Self {
        let text = |key: &str| match record.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
        };
        let mut notified = notified_in(record.get("notifiedData"));
        if notified.is_empty() {
            // Else what each element instance was notified of.
            if let Some(Value::Array(instances)) = record.get("eventElementInstances") {
                notified = instances
                    .iter()
                    .flat_map(|i| notified_in(i.get("notifiedData")))
                    .collect();
            }
        }
        Self {
            id: text("id"),
            date: text("eventDate"),
            status: text("status"),
            notified,
            record,
        }
    }

    /// The key that orders events in time: an ISO 8601 date compares as text, a number
    /// of milliseconds as a number (padded).
    pub fn time_key(&self) -> String {
        match self.date.parse::<u64>() {
            Ok(millis) => format!("{millis:020}"),
            Err(_) => self.date.clone(),
        }
    }
}

/// The normalized events in a `notifiedData` value: an array of them, one, a delivery
/// (`{message: {events: [...]}}`), or any of these as JSON text.
fn notified_in(value: Option<&Value>) -> Vec<Notified> {
    match value {
        Some(Value::Array(items)) => items.iter().flat_map(|i| notified_in(Some(i))).collect(),
        Some(Value::String(text)) => serde_json::from_str::<Value>(text)
            .ok()
            .filter(|v| !v.is_string())
            .map(|v| notified_in(Some(&v)))
            .unwrap_or_default(),
        Some(Value::Object(fields)) => {
            if let Some(events) = fields.get("events") {
                return notified_in(Some(events));
            }
            if let Some(message) = fields.get("message") {
                return notified_in(Some(message));
            }
            let text = |key: &str| match fields.get(key) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            };
            let one = Notified {
                object_type: text("objectType"),
                object_id: text("objectId"),
                event_type: text("eventType"),
            };
            if one == Notified::default() {
                Vec::new()
            } else {
                vec![one]
            }
        }
        _ => Vec::new(),
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let record = Value::deserialize(d)?;
        if !record.is_object() {
            return Err(serde::de::Error::custom(format!(
                "an event record is an object, got {record}"
            )));
        }
        Ok(Self::from_record(record))
    }
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.record.serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn notified(object_type: &str, object_id: &str, event_type: &str) -> Notified {
        Notified {
            object_type: object_type.into(),
            object_id: object_id.into(),
            event_type: event_type.into(),
        }
    }

    /// Records as the platform may send them -> what is read of them.
    #[test]
    fn reads_records_of_every_plausible_shape() {
        let created = notified("appointment", "7", "CREATED");
        let one = json!({"objectType": "appointment", "objectId": "7", "eventType": "CREATED"});
        let table = [
            (
                json!({"id": 5, "eventDate": "2026-12-02T10:00:00Z", "status": "delivered",
                    "notifiedData": [one]}),
                (
                    "5",
                    "2026-12-02T10:00:00Z",
                    "delivered",
                    vec![created.clone()],
                ),
            ),
            (
                json!({"id": "e-1", "eventDate": 1764669600000u64, "status": "FAILED",
                    "notifiedData": one.to_string()}),
                ("e-1", "1764669600000", "FAILED", vec![created.clone()]),
            ),
            (
                json!({"id": 6, "notifiedData": {"message": {"events": [one, {"objectType": "order",
                    "objectId": 8, "eventType": "CREATED"}]}}}),
                (
                    "6",
                    "",
                    "",
                    vec![created.clone(), notified("order", "8", "CREATED")],
                ),
            ),
            (
                json!({"id": 7, "notifiedData": [],
                    "eventElementInstances": [{"notifiedData": [one]}]}),
                ("7", "", "", vec![created.clone()]),
            ),
            (
                json!({"id": 8, "notifiedData": "not json", "status": null}),
                ("8", "", "", vec![]),
            ),
            (json!({}), ("", "", "", vec![])),
        ];
        for (record, (id, date, status, events)) in table {
            let event: Event = serde_json::from_value(record.clone()).unwrap();
            assert_eq!(
                (
                    event.id.as_str(),
                    event.date.as_str(),
                    event.status.as_str()
                ),
                (id, date, status),
                "{record}"
            );
            assert_eq!(event.notified, events, "{record}");
            assert_eq!(serde_json::to_value(&event).unwrap(), record, "kept whole");
        }
        assert!(serde_json::from_value::<Event>(json!("text")).is_err());
    }

    #[test]
    fn milliseconds_and_iso_dates_each_order_in_time() {
        let at = |date: Value| serde_json::from_value::<Event>(json!({"eventDate": date})).unwrap();
        assert!(at(json!(999)).time_key() < at(json!(1000)).time_key());
        assert!(
            at(json!("2026-12-02T09:59:59Z")).time_key()
                < at(json!("2026-12-02T10:00:00Z")).time_key()
        );
    }
}
