; ModuleID = 'func_josephus_problem.sy'
source_filename = "func_josephus_problem.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@nxt = dso_local local_unnamed_addr global [100 x i32] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @simulate(i32 noundef %0, i32 noundef %1, i32* nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %0, 0
  br i1 %4, label %5, label %113

5:                                                ; preds = %3
  %6 = zext i32 %0 to i64
  %7 = add nsw i64 %6, -1
  %8 = and i64 %6, 3
  %9 = icmp ult i64 %7, 3
  br i1 %9, label %37, label %10

10:                                               ; preds = %5
  %11 = and i64 %6, 4294967292
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %30, %12 ]
  %14 = phi i64 [ 0, %10 ], [ %35, %12 ]
  %15 = or i64 %13, 1
  %16 = icmp eq i64 %15, %6
  %17 = trunc i64 %15 to i32
  %18 = select i1 %16, i32 0, i32 %17
  %19 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %13
  store i32 %18, i32* %19, align 16, !tbaa !5
  %20 = or i64 %13, 2
  %21 = icmp eq i64 %20, %6
  %22 = trunc i64 %20 to i32
  %23 = select i1 %21, i32 0, i32 %22
  %24 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %15
  store i32 %23, i32* %24, align 4, !tbaa !5
  %25 = or i64 %13, 3
  %26 = icmp eq i64 %25, %6
  %27 = trunc i64 %25 to i32
  %28 = select i1 %26, i32 0, i32 %27
  %29 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %20
  store i32 %28, i32* %29, align 8, !tbaa !5
  %30 = add nuw nsw i64 %13, 4
  %31 = icmp eq i64 %30, %6
  %32 = trunc i64 %30 to i32
  %33 = select i1 %31, i32 0, i32 %32
  %34 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %25
  store i32 %33, i32* %34, align 4, !tbaa !5
  %35 = add i64 %14, 4
  %36 = icmp eq i64 %35, %11
  br i1 %36, label %37, label %12, !llvm.loop !9

37:                                               ; preds = %12, %5
  %38 = phi i64 [ 0, %5 ], [ %30, %12 ]
  %39 = icmp eq i64 %8, 0
  br i1 %39, label %50, label %40

40:                                               ; preds = %37, %40
  %41 = phi i64 [ %43, %40 ], [ %38, %37 ]
  %42 = phi i64 [ %48, %40 ], [ 0, %37 ]
  %43 = add nuw nsw i64 %41, 1
  %44 = icmp eq i64 %43, %6
  %45 = trunc i64 %43 to i32
  %46 = select i1 %44, i32 0, i32 %45
  %47 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %41
  store i32 %46, i32* %47, align 4, !tbaa !5
  %48 = add i64 %42, 1
  %49 = icmp eq i64 %48, %8
  br i1 %49, label %50, label %40, !llvm.loop !11

50:                                               ; preds = %40, %37
  %51 = add i32 %0, -1
  %52 = icmp sgt i32 %0, 1
  br i1 %52, label %53, label %113

53:                                               ; preds = %50
  %54 = icmp sgt i32 %1, 1
  %55 = zext i32 %51 to i64
  %56 = add i32 %1, -1
  %57 = add i32 %1, -2
  %58 = and i32 %56, 3
  %59 = icmp ult i32 %57, 3
  %60 = and i32 %56, -4
  %61 = icmp eq i32 %58, 0
  br label %62

62:                                               ; preds = %53, %101
  %63 = phi i64 [ 0, %53 ], [ %106, %101 ]
  %64 = phi i32 [ 0, %53 ], [ %111, %101 ]
  %65 = phi i32 [ %51, %53 ], [ %103, %101 ]
  br i1 %54, label %66, label %67

66:                                               ; preds = %62
  br i1 %59, label %88, label %69

67:                                               ; preds = %62
  %68 = sext i32 %65 to i64
  br label %101

69:                                               ; preds = %66, %69
  %70 = phi i32 [ %83, %69 ], [ %64, %66 ]
  %71 = phi i32 [ %84, %69 ], [ 0, %66 ]
  %72 = sext i32 %70 to i64
  %73 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %72
  %74 = load i32, i32* %73, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %75
  %77 = load i32, i32* %76, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %78
  %80 = load i32, i32* %79, align 4, !tbaa !5
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %81
  %83 = load i32, i32* %82, align 4, !tbaa !5
  %84 = add i32 %71, 4
  %85 = icmp eq i32 %84, %60
  br i1 %85, label %86, label %69, !llvm.loop !13

86:                                               ; preds = %69
  %87 = sext i32 %80 to i64
  br label %88

88:                                               ; preds = %86, %66
  %89 = phi i32 [ undef, %66 ], [ %80, %86 ]
  %90 = phi i64 [ undef, %66 ], [ %87, %86 ]
  %91 = phi i32 [ undef, %66 ], [ %83, %86 ]
  %92 = phi i32 [ %64, %66 ], [ %83, %86 ]
  br i1 %61, label %101, label %93

93:                                               ; preds = %88, %93
  %94 = phi i32 [ %98, %93 ], [ %92, %88 ]
  %95 = phi i32 [ %99, %93 ], [ 0, %88 ]
  %96 = sext i32 %94 to i64
  %97 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %96
  %98 = load i32, i32* %97, align 4, !tbaa !5
  %99 = add i32 %95, 1
  %100 = icmp eq i32 %99, %58
  br i1 %100, label %101, label %93, !llvm.loop !14

101:                                              ; preds = %88, %93, %67
  %102 = phi i64 [ %68, %67 ], [ %90, %88 ], [ %96, %93 ]
  %103 = phi i32 [ %65, %67 ], [ %89, %88 ], [ %94, %93 ]
  %104 = phi i32 [ %64, %67 ], [ %91, %88 ], [ %98, %93 ]
  %105 = getelementptr inbounds i32, i32* %2, i64 %63
  store i32 %104, i32* %105, align 4, !tbaa !5
  %106 = add nuw nsw i64 %63, 1
  %107 = sext i32 %104 to i64
  %108 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %107
  %109 = load i32, i32* %108, align 4, !tbaa !5
  %110 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %102
  store i32 %109, i32* %110, align 4, !tbaa !5
  %111 = load i32, i32* %108, align 4, !tbaa !5
  %112 = icmp eq i64 %106, %55
  br i1 %112, label %113, label %62, !llvm.loop !15

113:                                              ; preds = %101, %3, %50
  %114 = phi i32 [ 0, %50 ], [ 0, %3 ], [ %111, %101 ]
  ret i32 %114
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @recurrence(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp eq i32 %0, 1
  br i1 %3, label %4, label %6

4:                                                ; preds = %2, %6
  %5 = phi i32 [ %10, %6 ], [ 0, %2 ]
  ret i32 %5

6:                                                ; preds = %2
  %7 = add nsw i32 %0, -1
  %8 = tail call i32 @recurrence(i32 noundef %7, i32 noundef %1)
  %9 = add nsw i32 %8, %1
  %10 = srem i32 %9, %0
  br label %4
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = alloca [100 x i32], align 16
  %2 = bitcast [100 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 400, i8* nonnull %2) #5
  store i32 3, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @nxt, i64 0, i64 2), align 8, !tbaa !5
  store i32 6, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @nxt, i64 0, i64 5), align 4, !tbaa !5
  store i32 0, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @nxt, i64 0, i64 6), align 8, !tbaa !5
  %3 = getelementptr inbounds [100 x i32], [100 x i32]* %1, i64 0, i64 0
  store i32 2, i32* %3, align 16, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @nxt, i64 0, i64 1), align 4, !tbaa !5
  %4 = getelementptr inbounds [100 x i32], [100 x i32]* %1, i64 0, i64 1
  store i32 5, i32* %4, align 4, !tbaa !5
  %5 = getelementptr inbounds [100 x i32], [100 x i32]* %1, i64 0, i64 2
  store i32 1, i32* %5, align 8, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @nxt, i64 0, i64 0), align 16, !tbaa !5
  %6 = getelementptr inbounds [100 x i32], [100 x i32]* %1, i64 0, i64 3
  store i32 6, i32* %6, align 4, !tbaa !5
  store i32 0, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @nxt, i64 0, i64 4), align 16, !tbaa !5
  %7 = getelementptr inbounds [100 x i32], [100 x i32]* %1, i64 0, i64 4
  store i32 4, i32* %7, align 16, !tbaa !5
  %8 = getelementptr inbounds [100 x i32], [100 x i32]* %1, i64 0, i64 5
  store i32 0, i32* %8, align 4, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([100 x i32], [100 x i32]* @nxt, i64 0, i64 3), align 4, !tbaa !5
  call void @putarray(i32 noundef 6, i32* noundef nonnull %3) #5
  call void @putint(i32 noundef 3) #5
  call void @putch(i32 noundef 10) #5
  br label %9

9:                                                ; preds = %0, %129
  %10 = phi i64 [ 0, %0 ], [ %132, %129 ]
  %11 = phi i64 [ 1, %0 ], [ %130, %129 ]
  %12 = phi i32 [ 0, %0 ], [ %126, %129 ]
  %13 = add nsw i64 %11, -1
  %14 = icmp ugt i64 %11, 1
  %15 = trunc i64 %13 to i32
  %16 = trunc i64 %11 to i32
  %17 = and i64 %11, 3
  %18 = icmp ult i64 %10, 3
  %19 = and i64 %11, 9223372036854775804
  %20 = icmp eq i64 %17, 0
  br label %21

21:                                               ; preds = %9, %121
  %22 = phi i32 [ 1, %9 ], [ %127, %121 ]
  %23 = phi i32 [ %12, %9 ], [ %126, %121 ]
  br i1 %18, label %49, label %24

24:                                               ; preds = %21, %24
  %25 = phi i64 [ %42, %24 ], [ 0, %21 ]
  %26 = phi i64 [ %47, %24 ], [ 0, %21 ]
  %27 = or i64 %25, 1
  %28 = icmp eq i64 %27, %11
  %29 = trunc i64 %27 to i32
  %30 = select i1 %28, i32 0, i32 %29
  %31 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %25
  store i32 %30, i32* %31, align 16, !tbaa !5
  %32 = or i64 %25, 2
  %33 = icmp eq i64 %32, %11
  %34 = trunc i64 %32 to i32
  %35 = select i1 %33, i32 0, i32 %34
  %36 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %27
  store i32 %35, i32* %36, align 4, !tbaa !5
  %37 = or i64 %25, 3
  %38 = icmp eq i64 %37, %11
  %39 = trunc i64 %37 to i32
  %40 = select i1 %38, i32 0, i32 %39
  %41 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %32
  store i32 %40, i32* %41, align 8, !tbaa !5
  %42 = add nuw nsw i64 %25, 4
  %43 = icmp eq i64 %42, %11
  %44 = trunc i64 %42 to i32
  %45 = select i1 %43, i32 0, i32 %44
  %46 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %37
  store i32 %45, i32* %46, align 4, !tbaa !5
  %47 = add i64 %26, 4
  %48 = icmp eq i64 %47, %19
  br i1 %48, label %49, label %24, !llvm.loop !9

49:                                               ; preds = %24, %21
  %50 = phi i64 [ 0, %21 ], [ %42, %24 ]
  br i1 %20, label %61, label %51

51:                                               ; preds = %49, %51
  %52 = phi i64 [ %54, %51 ], [ %50, %49 ]
  %53 = phi i64 [ %59, %51 ], [ 0, %49 ]
  %54 = add nuw nsw i64 %52, 1
  %55 = icmp eq i64 %54, %11
  %56 = trunc i64 %54 to i32
  %57 = select i1 %55, i32 0, i32 %56
  %58 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %52
  store i32 %57, i32* %58, align 4, !tbaa !5
  %59 = add i64 %53, 1
  %60 = icmp eq i64 %59, %17
  br i1 %60, label %61, label %51, !llvm.loop !16

61:                                               ; preds = %51, %49
  br i1 %14, label %62, label %121

62:                                               ; preds = %61
  %63 = icmp ugt i32 %22, 1
  %64 = icmp eq i32 %22, 2
  %65 = icmp eq i32 %22, 3
  %66 = icmp eq i32 %22, 4
  %67 = icmp eq i32 %22, 5
  %68 = icmp eq i32 %22, 6
  %69 = icmp eq i32 %22, 7
  %70 = icmp eq i32 %22, 8
  br label %71

71:                                               ; preds = %109, %62
  %72 = phi i64 [ 0, %62 ], [ %114, %109 ]
  %73 = phi i32 [ 0, %62 ], [ %119, %109 ]
  %74 = phi i32 [ %15, %62 ], [ %111, %109 ]
  br i1 %63, label %77, label %75

75:                                               ; preds = %71
  %76 = sext i32 %74 to i64
  br label %109

77:                                               ; preds = %71
  %78 = sext i32 %73 to i64
  %79 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %78
  %80 = load i32, i32* %79, align 4, !tbaa !5
  br i1 %64, label %109, label %81, !llvm.loop !13

81:                                               ; preds = %77
  %82 = sext i32 %80 to i64
  %83 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %82
  %84 = load i32, i32* %83, align 4, !tbaa !5
  br i1 %65, label %109, label %85, !llvm.loop !13

85:                                               ; preds = %81
  %86 = sext i32 %84 to i64
  %87 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %86
  %88 = load i32, i32* %87, align 4, !tbaa !5
  br i1 %66, label %109, label %89, !llvm.loop !13

89:                                               ; preds = %85
  %90 = sext i32 %88 to i64
  %91 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %90
  %92 = load i32, i32* %91, align 4, !tbaa !5
  br i1 %67, label %109, label %93, !llvm.loop !13

93:                                               ; preds = %89
  %94 = sext i32 %92 to i64
  %95 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %94
  %96 = load i32, i32* %95, align 4, !tbaa !5
  br i1 %68, label %109, label %97, !llvm.loop !13

97:                                               ; preds = %93
  %98 = sext i32 %96 to i64
  %99 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %98
  %100 = load i32, i32* %99, align 4, !tbaa !5
  br i1 %69, label %109, label %101, !llvm.loop !13

101:                                              ; preds = %97
  %102 = sext i32 %100 to i64
  %103 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %102
  %104 = load i32, i32* %103, align 4, !tbaa !5
  br i1 %70, label %109, label %105, !llvm.loop !13

105:                                              ; preds = %101
  %106 = sext i32 %104 to i64
  %107 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %106
  %108 = load i32, i32* %107, align 4, !tbaa !5
  br label %109

109:                                              ; preds = %77, %81, %85, %89, %93, %97, %101, %105, %75
  %110 = phi i64 [ %76, %75 ], [ %78, %77 ], [ %82, %81 ], [ %86, %85 ], [ %90, %89 ], [ %94, %93 ], [ %98, %97 ], [ %102, %101 ], [ %106, %105 ]
  %111 = phi i32 [ %74, %75 ], [ %73, %77 ], [ %80, %81 ], [ %84, %85 ], [ %88, %89 ], [ %92, %93 ], [ %96, %97 ], [ %100, %101 ], [ %104, %105 ]
  %112 = phi i32 [ %73, %75 ], [ %80, %77 ], [ %84, %81 ], [ %88, %85 ], [ %92, %89 ], [ %96, %93 ], [ %100, %97 ], [ %104, %101 ], [ %108, %105 ]
  %113 = getelementptr inbounds [100 x i32], [100 x i32]* %1, i64 0, i64 %72
  store i32 %112, i32* %113, align 4, !tbaa !5
  %114 = add nuw nsw i64 %72, 1
  %115 = sext i32 %112 to i64
  %116 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %115
  %117 = load i32, i32* %116, align 4, !tbaa !5
  %118 = getelementptr inbounds [100 x i32], [100 x i32]* @nxt, i64 0, i64 %110
  store i32 %117, i32* %118, align 4, !tbaa !5
  %119 = load i32, i32* %116, align 4, !tbaa !5
  %120 = icmp eq i64 %114, %13
  br i1 %120, label %121, label %71, !llvm.loop !15

121:                                              ; preds = %109, %61
  %122 = phi i32 [ 0, %61 ], [ %119, %109 ]
  %123 = call i32 @recurrence(i32 noundef %16, i32 noundef %22)
  %124 = icmp ne i32 %122, %123
  %125 = zext i1 %124 to i32
  %126 = add nsw i32 %23, %125
  %127 = add nuw nsw i32 %22, 1
  %128 = icmp eq i32 %127, 10
  br i1 %128, label %129, label %21, !llvm.loop !17

129:                                              ; preds = %121
  %130 = add nuw nsw i64 %11, 1
  %131 = icmp eq i64 %130, 61
  %132 = add i64 %10, 1
  br i1 %131, label %133, label %9, !llvm.loop !18

133:                                              ; preds = %129
  call void @putint(i32 noundef %126) #5
  call void @putch(i32 noundef 10) #5
  %134 = call i32 @recurrence(i32 noundef 41, i32 noundef 3), !range !19
  call void @putint(i32 noundef %134) #5
  call void @putch(i32 noundef 10) #5
  %135 = add nsw i32 %134, %126
  call void @llvm.lifetime.end.p0i8(i64 400, i8* nonnull %2) #5
  ret i32 %135
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #4

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = !{i32 -2147483647, i32 -2147483648}
