# 1 "parse_const_exp_dims.sy"
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
# 1 "parse_const_exp_dims.sy" 2



const int A = 3, B = A * 2, C[A] = {B, B + 1, (B + A) % 4};
const int D = +A - -B, E = (((A))) * (B - A) / 2 + 1, F = -(-A) % 2;
int m1[((A))][+B - A];
int m2[E][A * (B - 4) / 2] = {{}, {1}, {}, 2, 3};
int m3[D - B][F + 1][A % 2 + 1] = {{{1}, {2, 3}}, {4}, {}};
float fm[A + F][2] = {{0.5}, 1.5, 2.5, {}};
int flat[A * B - 1] = {A, B, D, E, F};

int total(int m[][+B - A], int rows) {
  int i = 0, s = 0;
  while (i < rows) {
    int j = 0;
    while (j < (B - A)) {
      s = s + m[i][j] * (i + 1);
      j = j + 1;
    }
    i = i + 1;
  }
  return s;
}

int main() {
  const int G = D * 2 - E, H[2][2] = {{G}, {-G, G % 3}};
  int local[(G + 1) / 2][G - (G / 2) * 2 + 1] = {{7}, {8}, {9}};
  int i = 0;
  while (i < A) {
    int j = 0;
    while (j < B - A) {
      m1[i][j] = C[i] * 10 + j;
      j = j + 1;
    }
    i = i + 1;
  }
  putint(total(m1, A));
  putch(32);
  putint(total(m2, E));
  putch(10);
  putarray(A * B - 1, flat);
  putarray(F + 1, m3[0][0]);
  putarray(F + 1, m3[0][1]);
  putarray(F + 1, m3[1][0]);
  putfarray(2, fm[1]);
  putfarray(2, fm[2]);
  putint(H[1][0]);
  putch(32);
  putint(H[1][1]);
  putch(10);
  putf("D=%d E=%d F=%d G=%d rows=%d cols=%d\n", D, E, F, G, (G + 1) / 2, G - (G / 2) * 2 + 1);
  putarray(G - (G / 2) * 2 + 1, local[(G + 1) / 2 - 1]);
  return local[0][0] + H[0][0];
}
