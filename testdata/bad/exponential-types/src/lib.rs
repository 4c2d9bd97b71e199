pub struct Member { pub phone: String }
pub struct W<T> { pub inner: T }
pub mod sales {
    use super::*;
    pub fn direct(m: &Member) -> String {
        serde_json::to_string(m).unwrap()
    }
    pub fn tuples(m: Member) -> usize {
        let b0 = m;
        let b1 = (b0, b0, b0, b0);
        let b2 = (b1, b1, b1, b1);
        let b3 = (b2, b2, b2, b2);
        let b4 = (b3, b3, b3, b3);
        let b5 = (b4, b4, b4, b4);
        let b6 = (b5, b5, b5, b5);
        let b7 = (b6, b6, b6, b6);
        let b8 = (b7, b7, b7, b7);
        let b9 = (b8, b8, b8, b8);
        let b10 = (b9, b9, b9, b9);
        let b11 = (b10, b10, b10, b10);
        let b12 = (b11, b11, b11, b11);
        let b13 = (b12, b12, b12, b12);
        let b14 = (b13, b13, b13, b13);
        let b15 = (b14, b14, b14, b14);
        let b16 = (b15, b15, b15, b15);
        let b17 = (b16, b16, b16, b16);
        let b18 = (b17, b17, b17, b17);
        let b19 = (b18, b18, b18, b18);
        let b20 = (b19, b19, b19, b19);
        let b21 = (b20, b20, b20, b20);
        let b22 = (b21, b21, b21, b21);
        let b23 = (b22, b22, b22, b22);
        let b24 = (b23, b23, b23, b23);
        let b25 = (b24, b24, b24, b24);
        let b26 = (b25, b25, b25, b25);
        let b27 = (b26, b26, b26, b26);
        let b28 = (b27, b27, b27, b27);
        let b29 = (b28, b28, b28, b28);
        let b30 = (b29, b29, b29, b29);
        let b31 = (b30, b30, b30, b30);
        let b32 = (b31, b31, b31, b31);
        let b33 = (b32, b32, b32, b32);
        let b34 = (b33, b33, b33, b33);
        let b35 = (b34, b34, b34, b34);
        let b36 = (b35, b35, b35, b35);
        let b37 = (b36, b36, b36, b36);
        let b38 = (b37, b37, b37, b37);
        let b39 = (b38, b38, b38, b38);
        let b40 = (b39, b39, b39, b39);
        std::mem::size_of_val(&b40)
    }
    pub fn wrappers(m: Member) -> usize {
        let a0 = m;
        let a1 = W { inner: (a0, a0, a0, a0) };
        let a2 = W { inner: (a1, a1, a1, a1) };
        let a3 = W { inner: (a2, a2, a2, a2) };
        let a4 = W { inner: (a3, a3, a3, a3) };
        let a5 = W { inner: (a4, a4, a4, a4) };
        let a6 = W { inner: (a5, a5, a5, a5) };
        let a7 = W { inner: (a6, a6, a6, a6) };
        let a8 = W { inner: (a7, a7, a7, a7) };
        let a9 = W { inner: (a8, a8, a8, a8) };
        let a10 = W { inner: (a9, a9, a9, a9) };
        let a11 = W { inner: (a10, a10, a10, a10) };
        let a12 = W { inner: (a11, a11, a11, a11) };
        let a13 = W { inner: (a12, a12, a12, a12) };
        let a14 = W { inner: (a13, a13, a13, a13) };
        let a15 = W { inner: (a14, a14, a14, a14) };
        let a16 = W { inner: (a15, a15, a15, a15) };
        let a17 = W { inner: (a16, a16, a16, a16) };
        let a18 = W { inner: (a17, a17, a17, a17) };
        let a19 = W { inner: (a18, a18, a18, a18) };
        let a20 = W { inner: (a19, a19, a19, a19) };
        let a21 = W { inner: (a20, a20, a20, a20) };
        let a22 = W { inner: (a21, a21, a21, a21) };
        let a23 = W { inner: (a22, a22, a22, a22) };
        let a24 = W { inner: (a23, a23, a23, a23) };
        let a25 = W { inner: (a24, a24, a24, a24) };
        let a26 = W { inner: (a25, a25, a25, a25) };
        let a27 = W { inner: (a26, a26, a26, a26) };
        let a28 = W { inner: (a27, a27, a27, a27) };
        let a29 = W { inner: (a28, a28, a28, a28) };
        let a30 = W { inner: (a29, a29, a29, a29) };
        let a31 = W { inner: (a30, a30, a30, a30) };
        let a32 = W { inner: (a31, a31, a31, a31) };
        let a33 = W { inner: (a32, a32, a32, a32) };
        let a34 = W { inner: (a33, a33, a33, a33) };
        let a35 = W { inner: (a34, a34, a34, a34) };
        let a36 = W { inner: (a35, a35, a35, a35) };
        let a37 = W { inner: (a36, a36, a36, a36) };
        let a38 = W { inner: (a37, a37, a37, a37) };
        let a39 = W { inner: (a38, a38, a38, a38) };
        let a40 = W { inner: (a39, a39, a39, a39) };
        std::mem::size_of_val(&a40)
    }
}
