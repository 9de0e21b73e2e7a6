; ModuleID = 'func_getfarray_stats.sy'
source_filename = "func_getfarray_stats.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@xs = dso_local global [64 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [22 x i8] c"above mean: %d of %d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local float @mean(float* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %64

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  %6 = add nsw i64 %5, -1
  %7 = and i64 %5, 7
  %8 = icmp ult i64 %6, 7
  br i1 %8, label %49, label %9

9:                                                ; preds = %4
  %10 = and i64 %5, 4294967288
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %46, %11 ]
  %13 = phi float [ 0.000000e+00, %9 ], [ %45, %11 ]
  %14 = phi i64 [ 0, %9 ], [ %47, %11 ]
  %15 = getelementptr inbounds float, float* %0, i64 %12
  %16 = load float, float* %15, align 4, !tbaa !5
  %17 = fadd float %13, %16
  %18 = or i64 %12, 1
  %19 = getelementptr inbounds float, float* %0, i64 %18
  %20 = load float, float* %19, align 4, !tbaa !5
  %21 = fadd float %17, %20
  %22 = or i64 %12, 2
  %23 = getelementptr inbounds float, float* %0, i64 %22
  %24 = load float, float* %23, align 4, !tbaa !5
  %25 = fadd float %21, %24
  %26 = or i64 %12, 3
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = load float, float* %27, align 4, !tbaa !5
  %29 = fadd float %25, %28
  %30 = or i64 %12, 4
  %31 = getelementptr inbounds float, float* %0, i64 %30
  %32 = load float, float* %31, align 4, !tbaa !5
  %33 = fadd float %29, %32
  %34 = or i64 %12, 5
  %35 = getelementptr inbounds float, float* %0, i64 %34
  %36 = load float, float* %35, align 4, !tbaa !5
  %37 = fadd float %33, %36
  %38 = or i64 %12, 6
  %39 = getelementptr inbounds float, float* %0, i64 %38
  %40 = load float, float* %39, align 4, !tbaa !5
  %41 = fadd float %37, %40
  %42 = or i64 %12, 7
  %43 = getelementptr inbounds float, float* %0, i64 %42
  %44 = load float, float* %43, align 4, !tbaa !5
  %45 = fadd float %41, %44
  %46 = add nuw nsw i64 %12, 8
  %47 = add i64 %14, 8
  %48 = icmp eq i64 %47, %10
  br i1 %48, label %49, label %11, !llvm.loop !9

49:                                               ; preds = %11, %4
  %50 = phi float [ undef, %4 ], [ %45, %11 ]
  %51 = phi i64 [ 0, %4 ], [ %46, %11 ]
  %52 = phi float [ 0.000000e+00, %4 ], [ %45, %11 ]
  %53 = icmp eq i64 %7, 0
  br i1 %53, label %64, label %54

54:                                               ; preds = %49, %54
  %55 = phi i64 [ %61, %54 ], [ %51, %49 ]
  %56 = phi float [ %60, %54 ], [ %52, %49 ]
  %57 = phi i64 [ %62, %54 ], [ 0, %49 ]
  %58 = getelementptr inbounds float, float* %0, i64 %55
  %59 = load float, float* %58, align 4, !tbaa !5
  %60 = fadd float %56, %59
  %61 = add nuw nsw i64 %55, 1
  %62 = add i64 %57, 1
  %63 = icmp eq i64 %62, %7
  br i1 %63, label %64, label %54, !llvm.loop !11

64:                                               ; preds = %49, %54, %2
  %65 = phi float [ 0.000000e+00, %2 ], [ %50, %49 ], [ %60, %54 ]
  %66 = sitofp i32 %1 to float
  %67 = fdiv float %65, %66
  ret float %67
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @min_max(float* nocapture noundef readonly %0, i32 noundef %1, float* nocapture noundef %2) local_unnamed_addr #2 {
  %4 = load float, float* %0, align 4, !tbaa !5
  store float %4, float* %2, align 4, !tbaa !5
  %5 = load float, float* %0, align 4, !tbaa !5
  %6 = getelementptr inbounds float, float* %2, i64 1
  store float %5, float* %6, align 4, !tbaa !5
  %7 = icmp sgt i32 %1, 1
  br i1 %7, label %8, label %63

8:                                                ; preds = %3
  %9 = zext i32 %1 to i64
  %10 = add nsw i64 %9, -1
  %11 = and i64 %10, 1
  %12 = icmp eq i32 %1, 2
  br i1 %12, label %48, label %13

13:                                               ; preds = %8
  %14 = and i64 %10, -2
  br label %15

15:                                               ; preds = %43, %13
  %16 = phi float [ %5, %13 ], [ %44, %43 ]
  %17 = phi float [ %4, %13 ], [ %40, %43 ]
  %18 = phi i64 [ 1, %13 ], [ %45, %43 ]
  %19 = phi i64 [ 0, %13 ], [ %46, %43 ]
  %20 = getelementptr inbounds float, float* %0, i64 %18
  %21 = load float, float* %20, align 4, !tbaa !5
  %22 = fcmp olt float %21, %17
  br i1 %22, label %23, label %25

23:                                               ; preds = %15
  store float %21, float* %2, align 4, !tbaa !5
  %24 = load float, float* %20, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %23, %15
  %26 = phi float [ %24, %23 ], [ %21, %15 ]
  %27 = phi float [ %21, %23 ], [ %17, %15 ]
  %28 = fcmp ogt float %26, %16
  br i1 %28, label %29, label %30

29:                                               ; preds = %25
  store float %26, float* %6, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %29, %25
  %31 = phi float [ %26, %29 ], [ %16, %25 ]
  %32 = add nuw nsw i64 %18, 1
  %33 = getelementptr inbounds float, float* %0, i64 %32
  %34 = load float, float* %33, align 4, !tbaa !5
  %35 = fcmp olt float %34, %27
  br i1 %35, label %36, label %38

36:                                               ; preds = %30
  store float %34, float* %2, align 4, !tbaa !5
  %37 = load float, float* %33, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %36, %30
  %39 = phi float [ %37, %36 ], [ %34, %30 ]
  %40 = phi float [ %34, %36 ], [ %27, %30 ]
  %41 = fcmp ogt float %39, %31
  br i1 %41, label %42, label %43

42:                                               ; preds = %38
  store float %39, float* %6, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %42, %38
  %44 = phi float [ %39, %42 ], [ %31, %38 ]
  %45 = add nuw nsw i64 %18, 2
  %46 = add i64 %19, 2
  %47 = icmp eq i64 %46, %14
  br i1 %47, label %48, label %15, !llvm.loop !13

48:                                               ; preds = %43, %8
  %49 = phi float [ %5, %8 ], [ %44, %43 ]
  %50 = phi float [ %4, %8 ], [ %40, %43 ]
  %51 = phi i64 [ 1, %8 ], [ %45, %43 ]
  %52 = icmp eq i64 %11, 0
  br i1 %52, label %63, label %53

53:                                               ; preds = %48
  %54 = getelementptr inbounds float, float* %0, i64 %51
  %55 = load float, float* %54, align 4, !tbaa !5
  %56 = fcmp olt float %55, %50
  br i1 %56, label %57, label %59

57:                                               ; preds = %53
  store float %55, float* %2, align 4, !tbaa !5
  %58 = load float, float* %54, align 4, !tbaa !5
  br label %59

59:                                               ; preds = %57, %53
  %60 = phi float [ %58, %57 ], [ %55, %53 ]
  %61 = fcmp ogt float %60, %49
  br i1 %61, label %62, label %63

62:                                               ; preds = %59
  store float %60, float* %6, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %48, %62, %59, %3
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = alloca [2 x float], align 4
  %2 = tail call i32 @getfarray(float* noundef getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0)) #5
  %3 = tail call float @getfloat() #5
  %4 = bitcast [2 x float]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 8, i8* nonnull %4) #5
  %5 = icmp sgt i32 %2, 0
  br i1 %5, label %12, label %6

6:                                                ; preds = %0
  %7 = sitofp i32 %2 to float
  %8 = fdiv float 0.000000e+00, %7
  %9 = getelementptr inbounds [2 x float], [2 x float]* %1, i64 0, i64 0
  %10 = load float, float* getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0), align 16, !tbaa !5
  store float %10, float* %9, align 4, !tbaa !5
  %11 = getelementptr inbounds [2 x float], [2 x float]* %1, i64 0, i64 1
  store float %10, float* %11, align 4, !tbaa !5
  br label %115

12:                                               ; preds = %0
  %13 = zext i32 %2 to i64
  %14 = add nsw i64 %13, -1
  %15 = and i64 %13, 3
  %16 = icmp ult i64 %14, 3
  br i1 %16, label %41, label %17

17:                                               ; preds = %12
  %18 = and i64 %13, 4294967292
  br label %19

19:                                               ; preds = %19, %17
  %20 = phi i64 [ 0, %17 ], [ %38, %19 ]
  %21 = phi float [ 0.000000e+00, %17 ], [ %37, %19 ]
  %22 = phi i64 [ 0, %17 ], [ %39, %19 ]
  %23 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %20
  %24 = load float, float* %23, align 16, !tbaa !5
  %25 = fadd float %21, %24
  %26 = or i64 %20, 1
  %27 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %26
  %28 = load float, float* %27, align 4, !tbaa !5
  %29 = fadd float %25, %28
  %30 = or i64 %20, 2
  %31 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %30
  %32 = load float, float* %31, align 8, !tbaa !5
  %33 = fadd float %29, %32
  %34 = or i64 %20, 3
  %35 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %34
  %36 = load float, float* %35, align 4, !tbaa !5
  %37 = fadd float %33, %36
  %38 = add nuw nsw i64 %20, 4
  %39 = add i64 %22, 4
  %40 = icmp eq i64 %39, %18
  br i1 %40, label %41, label %19, !llvm.loop !9

41:                                               ; preds = %19, %12
  %42 = phi float [ undef, %12 ], [ %37, %19 ]
  %43 = phi i64 [ 0, %12 ], [ %38, %19 ]
  %44 = phi float [ 0.000000e+00, %12 ], [ %37, %19 ]
  %45 = icmp eq i64 %15, 0
  br i1 %45, label %56, label %46

46:                                               ; preds = %41, %46
  %47 = phi i64 [ %53, %46 ], [ %43, %41 ]
  %48 = phi float [ %52, %46 ], [ %44, %41 ]
  %49 = phi i64 [ %54, %46 ], [ 0, %41 ]
  %50 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %47
  %51 = load float, float* %50, align 4, !tbaa !5
  %52 = fadd float %48, %51
  %53 = add nuw nsw i64 %47, 1
  %54 = add i64 %49, 1
  %55 = icmp eq i64 %54, %15
  br i1 %55, label %56, label %46, !llvm.loop !14

56:                                               ; preds = %46, %41
  %57 = phi float [ %42, %41 ], [ %52, %46 ]
  %58 = sitofp i32 %2 to float
  %59 = fdiv float %57, %58
  %60 = getelementptr inbounds [2 x float], [2 x float]* %1, i64 0, i64 0
  %61 = load float, float* getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0), align 16, !tbaa !5
  store float %61, float* %60, align 4, !tbaa !5
  %62 = getelementptr inbounds [2 x float], [2 x float]* %1, i64 0, i64 1
  store float %61, float* %62, align 4, !tbaa !5
  %63 = icmp sgt i32 %2, 1
  br i1 %63, label %64, label %115

64:                                               ; preds = %56
  %65 = and i64 %14, 1
  %66 = icmp eq i32 %2, 2
  br i1 %66, label %96, label %67

67:                                               ; preds = %64
  %68 = and i64 %14, -2
  br label %69

69:                                               ; preds = %69, %67
  %70 = phi float [ %61, %67 ], [ %91, %69 ]
  %71 = phi float [ %61, %67 ], [ %88, %69 ]
  %72 = phi float [ %61, %67 ], [ %92, %69 ]
  %73 = phi float [ %61, %67 ], [ %89, %69 ]
  %74 = phi i64 [ 1, %67 ], [ %93, %69 ]
  %75 = phi i64 [ 0, %67 ], [ %94, %69 ]
  %76 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %74
  %77 = load float, float* %76, align 4, !tbaa !5
  %78 = fcmp olt float %77, %73
  %79 = select i1 %78, float %77, float %71
  %80 = select i1 %78, float %77, float %73
  %81 = fcmp ogt float %77, %72
  %82 = select i1 %81, float %77, float %70
  %83 = select i1 %81, float %77, float %72
  %84 = add nuw nsw i64 %74, 1
  %85 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %84
  %86 = load float, float* %85, align 4, !tbaa !5
  %87 = fcmp olt float %86, %80
  %88 = select i1 %87, float %86, float %79
  %89 = select i1 %87, float %86, float %80
  %90 = fcmp ogt float %86, %83
  %91 = select i1 %90, float %86, float %82
  %92 = select i1 %90, float %86, float %83
  %93 = add nuw nsw i64 %74, 2
  %94 = add i64 %75, 2
  %95 = icmp eq i64 %94, %68
  br i1 %95, label %96, label %69, !llvm.loop !13

96:                                               ; preds = %69, %64
  %97 = phi float [ undef, %64 ], [ %88, %69 ]
  %98 = phi float [ undef, %64 ], [ %91, %69 ]
  %99 = phi float [ %61, %64 ], [ %91, %69 ]
  %100 = phi float [ %61, %64 ], [ %88, %69 ]
  %101 = phi float [ %61, %64 ], [ %92, %69 ]
  %102 = phi float [ %61, %64 ], [ %89, %69 ]
  %103 = phi i64 [ 1, %64 ], [ %93, %69 ]
  %104 = icmp eq i64 %65, 0
  br i1 %104, label %112, label %105

105:                                              ; preds = %96
  %106 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %103
  %107 = load float, float* %106, align 4, !tbaa !5
  %108 = fcmp olt float %107, %102
  %109 = select i1 %108, float %107, float %100
  %110 = fcmp ogt float %107, %101
  %111 = select i1 %110, float %107, float %99
  br label %112

112:                                              ; preds = %96, %105
  %113 = phi float [ %97, %96 ], [ %109, %105 ]
  %114 = phi float [ %98, %96 ], [ %111, %105 ]
  store float %113, float* %60, align 4, !tbaa !5
  store float %114, float* %62, align 4, !tbaa !5
  br label %115

115:                                              ; preds = %112, %6, %56
  %116 = phi float [ %8, %6 ], [ %59, %56 ], [ %59, %112 ]
  %117 = phi float [ %7, %6 ], [ %58, %56 ], [ %58, %112 ]
  %118 = getelementptr inbounds [2 x float], [2 x float]* %1, i64 0, i64 0
  tail call void @putfarray(i32 noundef %2, float* noundef getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0)) #5
  tail call void @putfloat(float noundef %116) #5
  tail call void @putch(i32 noundef 10) #5
  call void @putfarray(i32 noundef 2, float* noundef nonnull %118) #5
  br i1 %5, label %119, label %169

119:                                              ; preds = %115
  %120 = zext i32 %2 to i64
  %121 = and i64 %120, 1
  %122 = icmp eq i32 %2, 1
  br i1 %122, label %152, label %123

123:                                              ; preds = %119
  %124 = and i64 %120, 4294967294
  br label %125

125:                                              ; preds = %125, %123
  %126 = phi i64 [ 0, %123 ], [ %149, %125 ]
  %127 = phi float [ 0.000000e+00, %123 ], [ %144, %125 ]
  %128 = phi i32 [ 0, %123 ], [ %147, %125 ]
  %129 = phi i64 [ 0, %123 ], [ %150, %125 ]
  %130 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %126
  %131 = load float, float* %130, align 8, !tbaa !5
  %132 = fsub float %131, %116
  %133 = fmul float %132, %132
  %134 = fadd float %127, %133
  %135 = fcmp ogt float %131, %116
  %136 = zext i1 %135 to i32
  %137 = add nuw nsw i32 %128, %136
  %138 = fmul float %3, %131
  store float %138, float* %130, align 8, !tbaa !5
  %139 = or i64 %126, 1
  %140 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %139
  %141 = load float, float* %140, align 4, !tbaa !5
  %142 = fsub float %141, %116
  %143 = fmul float %142, %142
  %144 = fadd float %134, %143
  %145 = fcmp ogt float %141, %116
  %146 = zext i1 %145 to i32
  %147 = add nuw nsw i32 %137, %146
  %148 = fmul float %3, %141
  store float %148, float* %140, align 4, !tbaa !5
  %149 = add nuw nsw i64 %126, 2
  %150 = add i64 %129, 2
  %151 = icmp eq i64 %150, %124
  br i1 %151, label %152, label %125, !llvm.loop !15

152:                                              ; preds = %125, %119
  %153 = phi float [ undef, %119 ], [ %144, %125 ]
  %154 = phi i32 [ undef, %119 ], [ %147, %125 ]
  %155 = phi i64 [ 0, %119 ], [ %149, %125 ]
  %156 = phi float [ 0.000000e+00, %119 ], [ %144, %125 ]
  %157 = phi i32 [ 0, %119 ], [ %147, %125 ]
  %158 = icmp eq i64 %121, 0
  br i1 %158, label %169, label %159

159:                                              ; preds = %152
  %160 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %155
  %161 = load float, float* %160, align 4, !tbaa !5
  %162 = fsub float %161, %116
  %163 = fmul float %162, %162
  %164 = fadd float %156, %163
  %165 = fcmp ogt float %161, %116
  %166 = zext i1 %165 to i32
  %167 = add nuw nsw i32 %157, %166
  %168 = fmul float %3, %161
  store float %168, float* %160, align 4, !tbaa !5
  br label %169

169:                                              ; preds = %159, %152, %115
  %170 = phi i32 [ 0, %115 ], [ %154, %152 ], [ %167, %159 ]
  %171 = phi float [ 0.000000e+00, %115 ], [ %153, %152 ], [ %164, %159 ]
  %172 = fdiv float %171, %117
  call void @putfloat(float noundef %172) #5
  call void @putch(i32 noundef 10) #5
  call void @putfarray(i32 noundef %2, float* noundef getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0)) #5
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef %170, i32 noundef %2) #5
  %173 = mul nsw i32 %170, 10
  %174 = add nsw i32 %173, %2
  call void @llvm.lifetime.end.p0i8(i64 8, i8* nonnull %4) #5
  ret i32 %174
}

declare i32 @getfarray(float* noundef) local_unnamed_addr #4

declare float @getfloat() local_unnamed_addr #4

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #4

declare void @putfloat(float noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

declare void @putf(i8* noundef, ...) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !10}
