# 1 "func_int_float_call_sites.sy"
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
# 1 "func_int_float_call_sites.sy" 2



const int CI = 2.5 * 3;
const float CF = 7 / 2;
int gi = -7.9;
float gf = -3;
int ia[4] = {1.9, -1.9, 2.5e1, CF};
float fa[4] = {1, -2, CI, 7 / 4};

float blend(int a, float b, int c, float d) {
  return a * b + c / d;
}

int to_int(float x) {
  return x * 2;
}

float to_float(int x) {
  return x / 3;
}

float average(int a[], int n) {
  int i = 0, s = 0;
  while (i < n) {
    s = s + a[i];
    i = i + 1;
  }
  return s / (n * 1.0);
}

int main() {
  putf("%d %a %d %a\n", CI, CF, gi, gf);
  putarray(4, ia);
  putfarray(4, fa);
  putfloat(blend(2.9, 3, 7.5, 2));
  putch(32);
  putfloat(blend(ia[0], fa[2], CF, CI));
  putch(10);
  putint(to_int(-1.3));
  putch(32);
  putint(to_int(CI));
  putch(32);
  putfloat(to_float(-8));
  putch(32);
  putfloat(to_float(to_int(4.75)));
  putch(10);
  float avg = average(ia, 4);
  int k = avg / 4;
  fa[k] = ia[k] + avg;
  ia[k + 1] = fa[k] * -2;
  putfloat(avg);
  putch(32);
  putint(k);
  putch(10);
  putarray(4, ia);
  putfarray(4, fa);
  int local = fa[1] * fa[2];
  float back = local;
  putint(local);
  putch(32);
  putfloat(back / 8);
  putch(10);
  putint(1.99);
  putch(32);
  putfloat(5);
  putch(10);
  return local + ia[0] + k;
}
