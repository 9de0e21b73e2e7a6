; ModuleID = 'lex_operator_adjacency.sy'
source_filename = "lex_operator_adjacency.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"%d %d %d %d %d %d %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"%d %d %d %d %d %d %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca float, align 4
  %23 = alloca float, align 4
  %24 = alloca float, align 4
  store i32 0, i32* %1, align 4
  store i32 5, i32* %2, align 4
  store i32 -3, i32* %3, align 4
  store i32 0, i32* %4, align 4
  %25 = load i32, i32* %2, align 4
  %26 = load i32, i32* %3, align 4
  %27 = sub nsw i32 %25, %26
  store i32 %27, i32* %5, align 4
  %28 = load i32, i32* %2, align 4
  %29 = load i32, i32* %3, align 4
  %30 = sub nsw i32 0, %29
  %31 = sub nsw i32 %28, %30
  store i32 %31, i32* %6, align 4
  %32 = load i32, i32* %2, align 4
  %33 = load i32, i32* %3, align 4
  %34 = sub nsw i32 0, %33
  %35 = sub nsw i32 %32, %34
  store i32 %35, i32* %7, align 4
  %36 = load i32, i32* %2, align 4
  %37 = load i32, i32* %3, align 4
  %38 = sub nsw i32 0, %37
  %39 = add nsw i32 %36, %38
  store i32 %39, i32* %8, align 4
  %40 = load i32, i32* %2, align 4
  %41 = sub nsw i32 0, %40
  %42 = load i32, i32* %3, align 4
  %43 = sub nsw i32 0, %42
  %44 = load i32, i32* %4, align 4
  %45 = sub nsw i32 0, %44
  %46 = mul nsw i32 %43, %45
  %47 = add nsw i32 %41, %46
  store i32 %47, i32* %9, align 4
  %48 = load i32, i32* %2, align 4
  %49 = load i32, i32* %3, align 4
  %50 = icmp sle i32 %48, %49
  %51 = zext i1 %50 to i32
  store i32 %51, i32* %10, align 4
  %52 = load i32, i32* %2, align 4
  %53 = load i32, i32* %3, align 4
  %54 = sub nsw i32 0, %53
  %55 = icmp sge i32 %52, %54
  %56 = zext i1 %55 to i32
  store i32 %56, i32* %11, align 4
  %57 = load i32, i32* %2, align 4
  %58 = icmp eq i32 %57, -5
  %59 = zext i1 %58 to i32
  %60 = icmp eq i32 %59, 0
  %61 = zext i1 %60 to i32
  store i32 %61, i32* %12, align 4
  %62 = load i32, i32* %2, align 4
  %63 = load i32, i32* %3, align 4
  %64 = icmp ne i32 %63, 0
  %65 = xor i1 %64, true
  %66 = zext i1 %65 to i32
  %67 = icmp ne i32 %62, %66
  %68 = zext i1 %67 to i32
  store i32 %68, i32* %13, align 4
  %69 = load i32, i32* %2, align 4
  %70 = icmp ne i32 %69, 0
  %71 = xor i1 %70, true
  %72 = zext i1 %71 to i32
  %73 = load i32, i32* %3, align 4
  %74 = icmp ne i32 %73, 0
  %75 = xor i1 %74, true
  %76 = zext i1 %75 to i32
  %77 = icmp ne i32 %72, %76
  %78 = zext i1 %77 to i32
  store i32 %78, i32* %14, align 4
  %79 = load i32, i32* %2, align 4
  %80 = load i32, i32* %3, align 4
  %81 = sub nsw i32 0, %80
  %82 = icmp slt i32 %79, %81
  %83 = zext i1 %82 to i32
  store i32 %83, i32* %15, align 4
  %84 = load i32, i32* %2, align 4
  %85 = load i32, i32* %3, align 4
  %86 = sub nsw i32 0, %85
  %87 = icmp sgt i32 %84, %86
  br i1 %87, label %88, label %93

88:                                               ; preds = %0
  %89 = load i32, i32* %3, align 4
  %90 = load i32, i32* %4, align 4
  %91 = sub nsw i32 0, %90
  %92 = icmp slt i32 %89, %91
  br i1 %92, label %97, label %93

93:                                               ; preds = %88, %0
  %94 = load i32, i32* %4, align 4
  %95 = icmp ne i32 %94, 0
  %96 = xor i1 %95, true
  br label %97

97:                                               ; preds = %93, %88
  %98 = phi i1 [ true, %88 ], [ %96, %93 ]
  %99 = zext i1 %98 to i32
  store i32 %99, i32* %16, align 4
  %100 = load i32, i32* %2, align 4
  %101 = load i32, i32* %3, align 4
  %102 = sub nsw i32 0, %101
  %103 = mul nsw i32 %100, %102
  %104 = sdiv i32 %103, -1
  %105 = srem i32 %104, 4
  store i32 %105, i32* %17, align 4
  %106 = load i32, i32* %2, align 4
  %107 = icmp ne i32 %106, 0
  %108 = xor i1 %107, true
  %109 = xor i1 %108, true
  %110 = xor i1 %109, true
  %111 = zext i1 %110 to i32
  store i32 %111, i32* %18, align 4
  %112 = load i32, i32* %2, align 4
  %113 = load i32, i32* %3, align 4
  %114 = sub nsw i32 %112, %113
  %115 = load i32, i32* %4, align 4
  %116 = sub nsw i32 %114, %115
  store i32 %116, i32* %19, align 4
  %117 = load i32, i32* %2, align 4
  %118 = load i32, i32* %3, align 4
  %119 = icmp slt i32 %117, %118
  %120 = zext i1 %119 to i32
  %121 = load i32, i32* %3, align 4
  %122 = load i32, i32* %2, align 4
  %123 = icmp slt i32 %121, %122
  %124 = zext i1 %123 to i32
  %125 = icmp eq i32 %120, %124
  %126 = zext i1 %125 to i32
  store i32 %126, i32* %20, align 4
  %127 = load i32, i32* %2, align 4
  %128 = load i32, i32* %3, align 4
  %129 = icmp sge i32 %127, %128
  %130 = zext i1 %129 to i32
  %131 = load i32, i32* %4, align 4
  %132 = icmp sge i32 %130, %131
  %133 = zext i1 %132 to i32
  %134 = load i32, i32* %2, align 4
  %135 = icmp sle i32 %133, %134
  %136 = zext i1 %135 to i32
  store i32 %136, i32* %21, align 4
  %137 = load i32, i32* %5, align 4
  %138 = load i32, i32* %6, align 4
  %139 = load i32, i32* %7, align 4
  %140 = load i32, i32* %8, align 4
  %141 = load i32, i32* %9, align 4
  %142 = load i32, i32* %10, align 4
  %143 = load i32, i32* %11, align 4
  %144 = load i32, i32* %12, align 4
  %145 = load i32, i32* %13, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str, i64 0, i64 0), i32 noundef %137, i32 noundef %138, i32 noundef %139, i32 noundef %140, i32 noundef %141, i32 noundef %142, i32 noundef %143, i32 noundef %144, i32 noundef %145)
  %146 = load i32, i32* %14, align 4
  %147 = load i32, i32* %15, align 4
  %148 = load i32, i32* %16, align 4
  %149 = load i32, i32* %17, align 4
  %150 = load i32, i32* %18, align 4
  %151 = load i32, i32* %19, align 4
  %152 = load i32, i32* %20, align 4
  %153 = load i32, i32* %21, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([25 x i8], [25 x i8]* @.str.1, i64 0, i64 0), i32 noundef %146, i32 noundef %147, i32 noundef %148, i32 noundef %149, i32 noundef %150, i32 noundef %151, i32 noundef %152, i32 noundef %153)
  store float 1.500000e+00, float* %22, align 4
  store float -5.000000e-01, float* %23, align 4
  %154 = load float, float* %22, align 4
  %155 = load float, float* %23, align 4
  %156 = fneg float %155
  %157 = fmul float %154, %156
  %158 = fpext float %157 to double
  %159 = fdiv double %158, -2.500000e-01
  %160 = load float, float* %22, align 4
  %161 = fneg float %160
  %162 = fpext float %161 to double
  %163 = fadd double %159, %162
  %164 = fptrunc double %163 to float
  store float %164, float* %24, align 4
  %165 = load float, float* %24, align 4
  call void @putfloat(float noundef %165)
  call void @putch(i32 noundef 10)
  %166 = load i32, i32* %2, align 4
  %167 = icmp eq i32 %166, 5
  br i1 %167, label %168, label %175

168:                                              ; preds = %97
  %169 = load i32, i32* %3, align 4
  %170 = icmp ne i32 %169, 3
  br i1 %170, label %171, label %175

171:                                              ; preds = %168
  %172 = load i32, i32* %4, align 4
  %173 = icmp ne i32 %172, 0
  br i1 %173, label %175, label %174

174:                                              ; preds = %171
  call void @putint(i32 noundef 1)
  br label %176

175:                                              ; preds = %171, %168, %97
  call void @putint(i32 noundef 0)
  br label %176

176:                                              ; preds = %175, %174
  call void @putch(i32 noundef 10)
  %177 = load i32, i32* %5, align 4
  %178 = load i32, i32* %6, align 4
  %179 = add nsw i32 %177, %178
  %180 = load i32, i32* %7, align 4
  %181 = add nsw i32 %179, %180
  %182 = load i32, i32* %8, align 4
  %183 = add nsw i32 %181, %182
  %184 = load i32, i32* %9, align 4
  %185 = add nsw i32 %183, %184
  %186 = load i32, i32* %10, align 4
  %187 = add nsw i32 %185, %186
  %188 = load i32, i32* %11, align 4
  %189 = add nsw i32 %187, %188
  %190 = load i32, i32* %12, align 4
  %191 = add nsw i32 %189, %190
  %192 = load i32, i32* %13, align 4
  %193 = add nsw i32 %191, %192
  %194 = load i32, i32* %14, align 4
  %195 = add nsw i32 %193, %194
  %196 = load i32, i32* %15, align 4
  %197 = add nsw i32 %195, %196
  %198 = load i32, i32* %16, align 4
  %199 = add nsw i32 %197, %198
  %200 = load i32, i32* %17, align 4
  %201 = add nsw i32 %199, %200
  %202 = load i32, i32* %18, align 4
  %203 = add nsw i32 %201, %202
  %204 = load i32, i32* %19, align 4
  %205 = add nsw i32 %203, %204
  %206 = load i32, i32* %20, align 4
  %207 = add nsw i32 %205, %206
  %208 = load i32, i32* %21, align 4
  %209 = add nsw i32 %207, %208
  ret i32 %209
}

declare void @putf(i8* noundef, ...) #1

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

declare void @putint(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
