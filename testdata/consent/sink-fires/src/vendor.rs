//! Wrapper of the SMS vendor's SDK. No purpose in code: redline.toml's [functions]
//! gives `SmsVendor::send` the purpose `marketing.sms` and `SmsVendor::send_code` the
//! purpose `account`.

pub struct SmsVendor;

impl SmsVendor {
    pub fn send(&self, _to: &str, _text: &str) -> bool {
        true
    }

    pub fn send_code(&self, _to: &str, _code: u32) -> bool {
        true
    }
}
