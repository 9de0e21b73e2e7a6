	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_scope_shadowing.sy"
	.globl	use_global                      # -- Begin function use_global
	.p2align	1
	.type	use_global,@function
use_global:                             # @use_global
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(x)
	addi	a0, a0, %pcrel_lo(.LBB0_1)
	lw	a0, 0(a0)
.LBB0_2:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(y)
	addi	a1, a1, %pcrel_lo(.LBB0_2)
	lw	a1, 0(a1)
	addw	a0, a0, a1
	ret
.Lfunc_end0:
	.size	use_global, .Lfunc_end0-use_global
                                        # -- End function
	.globl	shadow_param                    # -- Begin function shadow_param
	.p2align	1
	.type	shadow_param,@function
shadow_param:                           # @shadow_param
# %bb.0:
	lui	a1, 2
	addiw	a1, a1, 1808
	mulw	a1, a0, a1
	addw	a0, a0, a1
	addiw	a0, a0, 1715
	addiw	a0, a0, 1715
	ret
.Lfunc_end1:
	.size	shadow_param, .Lfunc_end1-shadow_param
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
.LBB2_1:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(x)
	addi	s1, s1, %pcrel_lo(.LBB2_1)
	lw	a0, 0(s1)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 44
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 50
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 12
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB2_2:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(y)
	addi	s0, s0, %pcrel_lo(.LBB2_2)
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s1)
	lw	a1, 0(s0)
	addw	a0, a0, a1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lui	a0, 23
	addiw	a0, a0, -769
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 3
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 71
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	x,@object                       # @x
	.section	.sdata,"aw",@progbits
	.globl	x
	.p2align	2
x:
	.word	100                             # 0x64
	.size	x, 4

	.type	y,@object                       # @y
	.globl	y
	.p2align	2
y:
	.word	7                               # 0x7
	.size	y, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
