// `data` on every kind of type, field attributes under `data` and
// `classified`, and a check that the annotated items are unchanged.

#[redline::data("chat")]
#[derive(Debug, Clone, PartialEq)]
pub struct ChatMessage {
    pub body: String,
}

#[redline::data("chat", purposes = ["messaging"])]
pub type Transcript = String;

#[redline::data("marketing.advertising.first_party", purposes = ["ads", "ads.measurement",],)]
pub type AdProfile = Vec<u32>;

#[redline::classified]
#[derive(Debug, Default)]
pub struct Account {
    /// Doc comments and other attributes on fields are kept.
    #[redline::data("contact.email")]
    #[allow(dead_code)]
    pub email: String,
    pub display_name: String,
}

// Derives placed before the container attribute see the stripped fields.
#[derive(Debug, Clone)]
#[redline::classified]
pub struct Session(#[redline::data("device.id")] pub u64, pub bool);

#[redline::data("contact")]
#[derive(Debug)]
pub struct Profile {
    #[redline::data("contact.phone", purposes = ["safety"])]
    pub phone: String,
    pub name: String,
}

#[redline::classified]
#[derive(Debug, PartialEq)]
pub enum Contact {
    Email(#[redline::data("contact.email")] String),
    Phone {
        #[redline::data("contact.phone")]
        number: String,
        verified: bool,
    },
    Anonymous,
}

#[redline::data("location.coarse")]
pub enum Region {
    City(#[redline::data("location.city")] String),
    Unknown,
}

#[redline::data("device")]
pub union DeviceId {
    pub raw: u64,
    #[redline::data("device.bytes")]
    pub bytes: [u8; 8],
}

fn main() {
    let message = ChatMessage {
        body: "hi".to_owned(),
    };
    assert_eq!(message.clone(), message);
    let transcript: Transcript = message.body;
    let profile: AdProfile = vec![1, 2];
    let account = Account {
        email: "a@example.com".into(),
        ..Account::default()
    };
    let session = Session(7, true).clone();
    let person = Profile {
        phone: "555".into(),
        name: "Ann".into(),
    };
    let contacts = [
        Contact::Email(account.email.clone()),
        Contact::Phone {
            number: person.phone.clone(),
            verified: session.1,
        },
        Contact::Anonymous,
    ];
    assert_eq!(contacts[2], Contact::Anonymous);
    let region = Region::City("Oslo".into());
    let device = DeviceId { raw: 1 };
    // SAFETY: every bit pattern is a valid `[u8; 8]`.
    let bytes = unsafe { device.bytes };
    assert!(matches!(region, Region::City(ref city) if city == "Oslo"));
    assert!(matches!(Region::Unknown, Region::Unknown));
    let debug = format!("{transcript} {profile:?} {account:?} {session:?} {person:?} {contacts:?}");
    assert!(!debug.is_empty() && bytes[0] == 1);
}
