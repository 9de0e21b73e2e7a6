	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_shadowing_const_blocks.sy"
	.globl	scale                           # -- Begin function scale
	.p2align	1
	.type	scale,@function
scale:                                  # @scale
# %bb.0:
	mulw	a1, a0, a1
	slliw	a1, a1, 2
	addw	a0, a0, a1
	addiw	a0, a0, 4
	ret
.Lfunc_end0:
	.size	scale, .Lfunc_end0-scale
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
.LBB1_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L__const.main.outer)
	addi	a0, a0, %pcrel_lo(.LBB1_1)
	lwu	a1, 12(a0)
	lwu	a2, 8(a0)
	slli	a1, a1, 32
	lwu	a3, 4(a0)
	lwu	a0, 0(a0)
	or	a1, a1, a2
	sd	a1, 56(sp)
	slli	a1, a3, 32
	or	a0, a0, a1
	sd	a0, 48(sp)
	li	a0, 2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 30
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 21
	call	putint@plt
	li	a0, 32
	call	putch@plt
	sd	zero, 32(sp)
	sd	zero, 24(sp)
	sd	zero, 16(sp)
	sd	zero, 8(sp)
	li	a0, 5
	slli	a0, a0, 33
	sd	a0, 40(sp)
	li	a0, 10
	addi	a1, sp, 8
	call	putarray@plt
	li	a0, 4
	call	putint@plt
	li	a0, 32
	call	putch@plt
.LBB1_2:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(value)
	addi	s0, s0, %pcrel_lo(.LBB1_2)
	lw	a0, 0(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 4
	addi	a1, sp, 48
	call	putarray@plt
.LBB1_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(sizes)
	addi	a1, a1, %pcrel_lo(.LBB1_3)
	li	a0, 4
	call	putarray@plt
	li	a0, 7
	slli	a1, a0, 33
	addi	a1, a1, 5
	sd	a1, 48(sp)
	slli	a0, a0, 35
	addi	a0, a0, 31
	sd	a0, 56(sp)
	li	a0, 4
	addi	a1, sp, 48
	call	putarray@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 167
	sw	a0, 0(s0)
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	N,@object                       # @N
	.section	.rodata,"a",@progbits
	.globl	N
	.p2align	2
N:
	.word	4                               # 0x4
	.size	N, 4

	.type	value,@object                   # @value
	.section	.sdata,"aw",@progbits
	.globl	value
	.p2align	2
value:
	.word	100                             # 0x64
	.size	value, 4

	.type	sizes,@object                   # @sizes
	.data
	.globl	sizes
	.p2align	2
sizes:
	.word	4                               # 0x4
	.word	8                               # 0x8
	.word	12                              # 0xc
	.word	0                               # 0x0
	.size	sizes, 16

	.type	.L__const.main.outer,@object    # @__const.main.outer
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	2
.L__const.main.outer:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.size	.L__const.main.outer, 16

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
