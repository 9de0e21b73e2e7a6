# 1 "func_short_circuit_counters.sy"
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
# 1 "func_short_circuit_counters.sy" 2


int calls[8];
int budget = 7;
int zeros = 0;
int data[6] = {4, 0, 7, 0, 0, 9};

int probe(int id, int result) {
  calls[id] = calls[id] + 1;
  return result;
}

int spend(int cost) {
  if (budget < cost) return 0;
  budget = budget - cost;
  return 1;
}

int nonzero_at(int i) {
  calls[7] = calls[7] + 1;
  return data[i];
}

int bump() {
  zeros = zeros + 1;
  return zeros;
}

int main() {
  int i = 0, hits = 0;
  while (i < 8) {
    if (i % 2 == 0 && probe(0, i / 3) || i % 3 == 0 && probe(1, 1)) hits = hits + 1;
    if (!(probe(2, (7 - i) / 4) || probe(3, i / 6 * (7 - i))) && probe(4, 1)) hits = hits + 10;
    i = i + 1;
  }
  putarray(8, calls);
  putint(hits);
  putch(10);
  int bought = 0;
  while (spend(2) && spend(1) || spend(1) && probe(5, 1)) bought = bought + 1;
  putf("bought=%d left=%d\n", bought, budget);
  i = 0;
  int run = 0;
  while (i < 6 && nonzero_at(i)) {
    run = run + data[i];
    i = i + 1;
  }
  int j = 1;
  while (j < 6) {
    if (j < 6 && !nonzero_at(j) && bump() > 100) zeros = 100;
    j = j + 1;
  }
  int guard = 0;
  if (guard != 0 && 10 / guard > 1 || guard == 0 && probe(6, 1)) guard = 7;
  putf("run=%d i=%d zeros=%d guard=%d\n", run, i, zeros, guard);
  putarray(8, calls);
  return hits + bought * 3 + guard;
}
