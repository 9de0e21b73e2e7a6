# 1 "lex_float_literal_forms.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "lex_float_literal_forms.sy" 2

float forms[24] = {
  1.5, .5, 5., 0.0, 00.25, 1e3, 1E3, 1e+3, 1e-3, 2.5e2,
  .5e1, 5.e-1, 123.456e-2, 1e0, 0x1p0, 0x1.8p1, 0X1.8P1, 0x.8p1,
  0x1.p-2, 0xAp0, 0x1.fffffep127, 0x1p-126, 0x1.921fb6p1, 3.4028235e38
};

int main() {
  int i = 0;
  while (i < 24) {
    putfloat(forms[i]);
    putch(10);
    i = i + 1;
  }
  float sum = 0.0;
  i = 0;
  while (i < 19) {
    sum = sum + forms[i];
    i = i + 1;
  }
  putfloat(sum); putch(10);
  float tiny = 1.0e-10, big = 6.02e23;
  putfloat(tiny * big); putch(10);
  putfloat(0x1.0p-1 + 0.5); putch(10);
  putfloat(-0x1.4p3); putch(10);
  int as_int = 0x1.4p3 + 2.9e1;
  putint(as_int); putch(10);
  return as_int;
}
