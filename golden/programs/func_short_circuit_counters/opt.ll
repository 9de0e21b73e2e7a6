; ModuleID = 'func_short_circuit_counters.sy'
source_filename = "func_short_circuit_counters.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@budget = dso_local local_unnamed_addr global i32 7, align 4
@zeros = dso_local local_unnamed_addr global i32 0, align 4
@data = dso_local local_unnamed_addr global [6 x i32] [i32 4, i32 0, i32 7, i32 0, i32 0, i32 9], align 16
@calls = dso_local global [8 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [19 x i8] c"bought=%d left=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"run=%d i=%d zeros=%d guard=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @probe(i32 noundef %0, i32 noundef returned %1) local_unnamed_addr #0 {
  %3 = sext i32 %0 to i64
  %4 = getelementptr inbounds [8 x i32], [8 x i32]* @calls, i64 0, i64 %3
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = add nsw i32 %5, 1
  store i32 %6, i32* %4, align 4, !tbaa !5
  ret i32 %1
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @spend(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @budget, align 4, !tbaa !5
  %3 = icmp slt i32 %2, %0
  br i1 %3, label %6, label %4

4:                                                ; preds = %1
  %5 = sub nsw i32 %2, %0
  store i32 %5, i32* @budget, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %1, %4
  %7 = phi i32 [ 1, %4 ], [ 0, %1 ]
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @nonzero_at(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 7), align 4, !tbaa !5
  %3 = add nsw i32 %2, 1
  store i32 %3, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 7), align 4, !tbaa !5
  %4 = sext i32 %0 to i64
  %5 = getelementptr inbounds [6 x i32], [6 x i32]* @data, i64 0, i64 %4
  %6 = load i32, i32* %5, align 4, !tbaa !5
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @bump() local_unnamed_addr #0 {
  %1 = load i32, i32* @zeros, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @zeros, align 4, !tbaa !5
  ret i32 %2
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 1), align 4, !tbaa !5
  %2 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 2), align 8, !tbaa !5
  %3 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 3), align 4, !tbaa !5
  %4 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 4), align 16, !tbaa !5
  %5 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 0), align 16, !tbaa !5
  %6 = add nsw i32 %1, 2
  store i32 %6, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 1), align 4, !tbaa !5
  %7 = add i32 %4, 3
  %8 = add nsw i32 %5, 4
  store i32 %8, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 0), align 16, !tbaa !5
  %9 = add nsw i32 %3, 4
  store i32 %9, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 3), align 4, !tbaa !5
  store i32 %7, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 4), align 16, !tbaa !5
  %10 = add i32 %2, 8
  store i32 %10, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 2), align 8, !tbaa !5
  tail call void @putarray(i32 noundef 8, i32* noundef getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 0)) #3
  tail call void @putint(i32 noundef 34) #3
  tail call void @putch(i32 noundef 10) #3
  %11 = load i32, i32* @budget, align 4, !tbaa !5
  %12 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 5), align 4, !tbaa !5
  br label %13

13:                                               ; preds = %27, %0
  %14 = phi i32 [ %12, %0 ], [ %28, %27 ]
  %15 = phi i32 [ %11, %0 ], [ %29, %27 ]
  %16 = phi i32 [ 0, %0 ], [ %30, %27 ]
  %17 = icmp slt i32 %15, 2
  br i1 %17, label %23, label %18

18:                                               ; preds = %13
  %19 = add nsw i32 %15, -2
  store i32 %19, i32* @budget, align 4, !tbaa !5
  %20 = icmp eq i32 %15, 2
  br i1 %20, label %31, label %21

21:                                               ; preds = %18
  %22 = add nsw i32 %15, -3
  store i32 %22, i32* @budget, align 4, !tbaa !5
  br label %27

23:                                               ; preds = %13
  %24 = icmp eq i32 %15, 1
  br i1 %24, label %25, label %31

25:                                               ; preds = %23
  store i32 0, i32* @budget, align 4, !tbaa !5
  %26 = add nsw i32 %14, 1
  store i32 %26, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 5), align 4, !tbaa !5
  br label %27

27:                                               ; preds = %25, %21
  %28 = phi i32 [ %26, %25 ], [ %14, %21 ]
  %29 = phi i32 [ 0, %25 ], [ %22, %21 ]
  %30 = add nuw nsw i32 %16, 1
  br label %13, !llvm.loop !9

31:                                               ; preds = %18, %23
  %32 = phi i32 [ 0, %18 ], [ %15, %23 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef %16, i32 noundef %32) #3
  %33 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 7), align 4, !tbaa !5
  %34 = add i32 %33, 6
  %35 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 0), align 16, !tbaa !5
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %70, label %37

37:                                               ; preds = %31
  %38 = add nsw i32 %33, 2
  %39 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 1), align 4, !tbaa !5
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %41, label %43

41:                                               ; preds = %37
  store i32 %38, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 7), align 4, !tbaa !5
  %42 = load i32, i32* @zeros, align 4
  br label %75

43:                                               ; preds = %37
  %44 = add nsw i32 %39, %35
  %45 = add nsw i32 %33, 3
  %46 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 2), align 8, !tbaa !5
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %65, label %48

48:                                               ; preds = %43
  %49 = add nsw i32 %46, %44
  %50 = add nsw i32 %33, 4
  %51 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 3), align 4, !tbaa !5
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %65, label %53

53:                                               ; preds = %48
  %54 = add nsw i32 %51, %49
  %55 = add nsw i32 %33, 5
  %56 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 4), align 16, !tbaa !5
  %57 = icmp eq i32 %56, 0
  br i1 %57, label %65, label %58

58:                                               ; preds = %53
  %59 = add nsw i32 %56, %54
  %60 = add nsw i32 %33, 6
  %61 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 5), align 4, !tbaa !5
  %62 = icmp eq i32 %61, 0
  br i1 %62, label %65, label %63

63:                                               ; preds = %58
  %64 = add nsw i32 %61, %59
  br label %65

65:                                               ; preds = %43, %48, %53, %58, %63
  %66 = phi i32 [ %34, %63 ], [ %60, %58 ], [ %55, %53 ], [ %50, %48 ], [ %45, %43 ]
  %67 = phi i32 [ 6, %63 ], [ 5, %58 ], [ 4, %53 ], [ 3, %48 ], [ 2, %43 ]
  %68 = phi i32 [ %64, %63 ], [ %59, %58 ], [ %54, %53 ], [ %49, %48 ], [ %44, %43 ]
  %69 = load i32, i32* @zeros, align 4
  br label %82

70:                                               ; preds = %31
  %71 = add nsw i32 %33, 1
  %72 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 1), align 4, !tbaa !5
  %73 = icmp eq i32 %72, 0
  %74 = load i32, i32* @zeros, align 4
  br i1 %73, label %75, label %82

75:                                               ; preds = %41, %70
  %76 = phi i32 [ %42, %41 ], [ %74, %70 ]
  %77 = phi i32 [ 1, %41 ], [ 0, %70 ]
  %78 = phi i32 [ %38, %41 ], [ %71, %70 ]
  %79 = icmp slt i32 %76, 99
  %80 = select i1 %79, i32 %76, i32 99
  %81 = add nsw i32 %80, 1
  store i32 %81, i32* @zeros, align 4
  br label %82

82:                                               ; preds = %65, %75, %70
  %83 = phi i32 [ %35, %75 ], [ 0, %70 ], [ %68, %65 ]
  %84 = phi i32 [ %77, %75 ], [ 0, %70 ], [ %67, %65 ]
  %85 = phi i32 [ %78, %75 ], [ %71, %70 ], [ %66, %65 ]
  %86 = phi i32 [ %81, %75 ], [ %74, %70 ], [ %69, %65 ]
  %87 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 2), align 8, !tbaa !5
  %88 = icmp eq i32 %87, 0
  br i1 %88, label %89, label %93

89:                                               ; preds = %82
  %90 = icmp slt i32 %86, 99
  %91 = select i1 %90, i32 %86, i32 99
  %92 = add nsw i32 %91, 1
  store i32 %92, i32* @zeros, align 4
  br label %93

93:                                               ; preds = %89, %82
  %94 = phi i32 [ %92, %89 ], [ %86, %82 ]
  %95 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 3), align 4, !tbaa !5
  %96 = icmp eq i32 %95, 0
  br i1 %96, label %97, label %101

97:                                               ; preds = %93
  %98 = icmp slt i32 %94, 99
  %99 = select i1 %98, i32 %94, i32 99
  %100 = add nsw i32 %99, 1
  store i32 %100, i32* @zeros, align 4
  br label %101

101:                                              ; preds = %97, %93
  %102 = phi i32 [ %100, %97 ], [ %94, %93 ]
  %103 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 4), align 16, !tbaa !5
  %104 = icmp eq i32 %103, 0
  br i1 %104, label %105, label %109

105:                                              ; preds = %101
  %106 = icmp slt i32 %102, 99
  %107 = select i1 %106, i32 %102, i32 99
  %108 = add nsw i32 %107, 1
  store i32 %108, i32* @zeros, align 4
  br label %109

109:                                              ; preds = %105, %101
  %110 = phi i32 [ %108, %105 ], [ %102, %101 ]
  %111 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @data, i64 0, i64 5), align 4, !tbaa !5
  %112 = icmp eq i32 %111, 0
  br i1 %112, label %113, label %117

113:                                              ; preds = %109
  %114 = icmp slt i32 %110, 99
  %115 = select i1 %114, i32 %110, i32 99
  %116 = add nsw i32 %115, 1
  store i32 %116, i32* @zeros, align 4
  br label %117

117:                                              ; preds = %113, %109
  %118 = phi i32 [ %116, %113 ], [ %110, %109 ]
  %119 = add i32 %85, 5
  store i32 %119, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 7), align 4, !tbaa !5
  %120 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 6), align 8, !tbaa !5
  %121 = add nsw i32 %120, 1
  store i32 %121, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 6), align 8, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([31 x i8], [31 x i8]* @.str.1, i64 0, i64 0), i32 noundef %83, i32 noundef %84, i32 noundef %118, i32 noundef 7) #3
  tail call void @putarray(i32 noundef 8, i32* noundef getelementptr inbounds ([8 x i32], [8 x i32]* @calls, i64 0, i64 0)) #3
  %122 = mul nsw i32 %16, 3
  %123 = add nuw i32 %122, 41
  ret i32 %123
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
