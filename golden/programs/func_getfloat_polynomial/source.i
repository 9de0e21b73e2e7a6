# 1 "func_getfloat_polynomial.sy"
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
# 1 "func_getfloat_polynomial.sy" 2


float coef[16];
float deriv[16];

float horner(float c[], int deg, float x) {
  float r = c[deg];
  int i = deg - 1;
  while (i >= 0) {
    r = r * x + c[i];
    i = i - 1;
  }
  return r;
}

int main() {
  int deg = getint();
  int i = 0;
  while (i <= deg) {
    coef[i] = getfloat();
    i = i + 1;
  }
  i = 1;
  while (i <= deg) {
    deriv[i - 1] = coef[i] * i;
    i = i + 1;
  }
  int npts = getint();
  while (npts > 0) {
    float x = getfloat();
    putfloat(x); putch(32);
    putfloat(horner(coef, deg, x)); putch(32);
    putfloat(horner(deriv, deg - 1, x)); putch(10);
    npts = npts - 1;
  }
  float lo = getfloat(), hi = getfloat();
  float flo = horner(coef, deg, lo);
  int iter = 0;
  while (iter < 30) {
    float mid = (lo + hi) / 2;
    float fm = horner(coef, deg, mid);
    if (fm == 0.0) { lo = mid; hi = mid; break; }
    if ((fm < 0) == (flo < 0)) { lo = mid; flo = fm; }
    else hi = mid;
    iter = iter + 1;
  }
  putfloat(lo); putch(32); putfloat(hi); putch(10);
  int r = lo * 1000;
  return r % 256;
}
